import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function teamClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const BIG_TEAM_ID = "9007199254740993"; // 2^53 + 1: a float64 would turn it into ...992

describe("client.getTeamInfo", () => {
  it("puts an int64 team id beyond 2^53 in the path and answers it with every digit", async () => {
    const { fetch, client } = teamClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"team_info":{"team_id":${BIG_TEAM_ID},"team_type":1,"name":"Product team"}}}`,
      ),
    );
    const data = await client.getTeamInfo({
      params: { path: { team_id: BIG_TEAM_ID }, query: { team_type: 1 } },
    });
    expect(data.team_info?.team_id).toBe(BIG_TEAM_ID);
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2.1/teams/${BIG_TEAM_ID}?team_type=1`,
    );
  });
});

describe("client.batchQueryTeamOnlineMembersCount", () => {
  it("sends the team ids comma-joined and keeps the counts and the failures", async () => {
    const { fetch, client } = teamClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"success_list":[{"team_id":6240128551,"online_count":3,"offline_count":9}],"failed_list":[{"team_id":${BIG_TEAM_ID},"error_code":803,"error_msg":"team not exist"}]}}`,
      ),
    );
    const data = await client.batchQueryTeamOnlineMembersCount({
      params: { query: { team_type: 1, team_ids: ["6240128551", BIG_TEAM_ID] } },
    });
    expect(data.success_list?.[0]?.online_count).toBe(3);
    expect(data.failed_list?.[0]?.team_id).toBe(BIG_TEAM_ID);
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/teams/actions/online_members_count?team_type=1&team_ids=6240128551,${BIG_TEAM_ID}`,
    );
  });
});

describe("client.removeManagers", () => {
  it("sends a DELETE with the managers in a JSON body and the team in the path", async () => {
    const { fetch, client } = teamClient(jsonResponse({ code: 200, msg: "success", data: {} }));
    await client.removeManagers({
      params: { path: { team_id: BIG_TEAM_ID } },
      body: { team_type: 1, operator_id: "user_10086", managers: ["user_10088"] },
    });
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/teams/${BIG_TEAM_ID}/actions/remove_manager`,
    );
    expect(fetch.bodies[0]).toEqual({
      team_type: 1,
      operator_id: "user_10086",
      managers: ["user_10088"],
    });
  });

  it("refuses SDK-J's leaked camelCase teamId in the body before sending", async () => {
    const { fetch, client } = teamClient();
    const body = { team_type: 1, operator_id: "user_10086", managers: ["user_10088"], teamId: 1 };
    await expect(
      client.removeManagers({
        params: { path: { team_id: BIG_TEAM_ID } },
        body: body as unknown as { team_type: 1; operator_id: string; managers: string[] },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.transferOwner", () => {
  it("refuses a leave value other than 1 or 2 before sending", async () => {
    const { fetch, client } = teamClient();
    await expect(
      client.transferOwner({
        params: { path: { team_id: "6240128551" } },
        body: { team_type: 1, new_owner_account_id: "user_10087", leave: 3 as 1 },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

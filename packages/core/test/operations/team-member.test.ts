import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function teamMemberClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const BIG_TEAM_ID = "9007199254740993"; // 2^53 + 1: a float64 would turn it into ...992

describe("client.inviteTeamMembers", () => {
  it("writes an int64 team id beyond 2^53 into the JSON body as a bare number with every digit", async () => {
    const { fetch, client } = teamMemberClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { success_list: ["user_10089"], failed_list: [] },
      }),
    );
    const data = await client.inviteTeamMembers({
      body: {
        operator_id: "user_10086",
        team_id: BIG_TEAM_ID,
        team_type: 1,
        invite_account_ids: ["user_10089"],
      },
    });
    expect(data.success_list).toEqual(["user_10089"]);
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(await fetch.requests[0]?.clone().text()).toContain(`"team_id":${BIG_TEAM_ID}`);
  });

  it("refuses an empty invitee list before sending", async () => {
    const { fetch, client } = teamMemberClient();
    await expect(
      client.inviteTeamMembers({
        body: {
          operator_id: "user_10086",
          team_id: "6240128551",
          team_type: 1,
          invite_account_ids: [],
        },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.kickTeamMembers", () => {
  it("sends a DELETE with the team id and the accounts, comma-joined, in the query", async () => {
    const { fetch, client } = teamMemberClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { success_list: ["user_10089", "user_10090"] },
      }),
    );
    await client.kickTeamMembers({
      params: {
        query: {
          operator_id: "user_10086",
          team_id: BIG_TEAM_ID,
          team_type: 1,
          kick_account_ids: ["user_10089", "user_10090"],
        },
      },
    });
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/team_members/actions/kick_member?operator_id=user_10086&team_id=${BIG_TEAM_ID}&team_type=1&kick_account_ids=user_10089,user_10090`,
    );
  });
});

describe("client.queryJoinedTeams", () => {
  it("keeps the team ids of the answer exact and both SDKs' names of the role", async () => {
    const { client } = teamMemberClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"has_more":false,"team_info_list":[{"team_id":${BIG_TEAM_ID},"name":"Product team","member_info":{"account_id":"user_10089","member_role":0,"team_member_type":0}}]}}`,
      ),
    );
    const data = await client.queryJoinedTeams({
      params: {
        path: { account_id: "user_10089" },
        query: { team_type: 1, need_return_member_info: 1 },
      },
    });
    expect(data.team_info_list?.[0]?.team_id).toBe(BIG_TEAM_ID);
    expect(data.team_info_list?.[0]?.member_info?.team_member_type).toBe(0);
  });
});

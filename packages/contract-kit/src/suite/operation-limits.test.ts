import { type ValidationIssue, YunxinHttpError, YunxinValidationError } from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import { callOperation, contractClient, type PrismViolation } from "./support/client.js";
import { breachesOf } from "./support/contract-breaches.js";
import { contractOperations } from "./support/contract-operations.js";
import { clientInput, requestsOf } from "./support/contract-requests.js";

/** Whether `issue` is about `field` (itself, or inside it) at `place`. */
function about(issue: ValidationIssue, place: string, field: string): boolean {
  if (issue.location !== place) return false;
  return (
    issue.path === field || issue.path.startsWith(`${field}.`) || issue.path.startsWith(`${field}[`)
  );
}

// Every limit of every operation's request (body schema, path and query parameters), broken one
// at a time in a request the spec's examples make: Prism must refuse it with 422 naming the field
// and keyword, and the installed client must refuse it with the spec's limit, sending nothing.
// The limit is in the test's name, so a spec copy that moves one fails naming it.
for (const operation of contractOperations()) {
  describe.concurrent(operation.id, () => {
    let breaches: ReturnType<typeof breachesOf>;
    try {
      breaches = breachesOf(operation, requestsOf(operation));
    } catch (error) {
      it("has the examples to break its limits in", () => {
        throw error;
      });
      return;
    }
    for (const breach of breaches) {
      const by = breach.prism ? "gets 422 from Prism and" : "gets";
      it(`${breach.title}: broken (${breach.broken}, in example "${breach.example}") ${by} a YunxinValidationError from the client, nothing sent`, async () => {
        const input = clientInput(operation, breach.raw);
        const { client, exchanges } = contractClient();

        const refusal = await callOperation(client, operation.id, input).catch(
          (error: unknown) => error,
        );

        expect(refusal).toBeInstanceOf(YunxinValidationError);
        expect(exchanges).toEqual([]);
        const { issues } = refusal as YunxinValidationError;
        expect(issues).toContainEqual(
          expect.objectContaining({
            location: breach.place,
            path: breach.field,
            keyword: breach.keyword,
            ...(breach.keyword === "required" ? {} : { limit: breach.limit }),
          }),
        );
        // One rule broken: nothing else of the request is refused.
        expect(issues.filter((issue) => !about(issue, breach.place, breach.field))).toEqual([]);

        if (!breach.prism) return;
        const unchecked = contractClient({ validate: false, retry: { maxAttempts: 1 } });
        const answer = await callOperation(unchecked.client, operation.id, input).catch(
          (error: unknown) => error,
        );
        expect(answer).toBeInstanceOf(YunxinHttpError);
        const [sent] = unchecked.exchanges;
        expect(sent?.status, `Prism answered ${sent?.text}`).toBe(422);
        const violations = (JSON.parse(sent?.text ?? "{}") as { validation?: PrismViolation[] })
          .validation;
        expect(violations).toContainEqual(
          expect.objectContaining<Partial<PrismViolation>>({
            location: breach.prism.location,
            code: breach.prism.code,
            ...(breach.prism.mentions
              ? { message: expect.stringContaining(breach.prism.mentions) }
              : {}),
          }),
        );
      });
    }
  });
}

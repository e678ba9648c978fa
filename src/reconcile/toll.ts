// Which statements may make the event's toll. Only totals do (extraction's `role`): parts,
// anecdotes and other events are cited, never counted. A vague amount ("dozens", read as at
// least 24) is a total only while no report gives a count for the same people: once one
// does, the vague amount stays cited as a part, so it can be neither `best` nor `low`/`high`.
import type { Statement } from "../types.ts";

export function tollStatements(statements: Statement[]): Statement[] {
  const counted = new Set(statements.filter((s) => s.scope === "total" && !s.cues.vague && isTotal(s)).map((s) => `${s.measure}\u0000${s.group}`));
  return statements.map((s) => {
    if (!isTotal(s) && s.scope === "total") return { ...s, scope: "partial", scopeText: s.roleRule ?? s.role ?? "not a total" };
    if (s.cues.vague && s.scope === "total" && counted.has(`${s.measure}\u0000${s.group}`)) {
      return { ...s, scope: "partial", scopeText: "vague amount, where a count exists" };
    }
    return s;
  });
}

/** A statement from before roles existed (no `role`) counts by its scope alone. */
function isTotal(s: Statement): boolean {
  return s.role === undefined || s.role === "total";
}

import type { AssignmentDecision, DrawSource, DrawTrace } from './decision.ts';
import { drawPosition } from './draw.ts';
import type { EngineState } from './engine-model.ts';

/** The seeds revealed in the ledger, and how many draws `verify` could repeat with them or must leave pending. */
export interface Seeds {
  byDay: Map<string, string>;
  checked: number;
  pending: number;
}

/** The draw as the ledger's commitments and revealed seeds say it must have gone, or why it cannot have gone so. */
export function drawFor(state: EngineState, recorded: DrawTrace | null, requestId: string, seeds: Seeds): DrawSource | null | string {
  if (state.model.config.mode !== 'draw') return recorded ? 'estrazione registrata ma la modalità configurata è la rotazione' : null;
  if (!recorded) return 'modalità a estrazione, ma nessuna estrazione registrata';
  const commitment = state.commitments.get(recorded.day);
  if (!commitment) return `estrazione del ${recorded.day} senza impegno pubblicato prima`;
  const drawNumber = state.drawCounts.get(recorded.day) ?? 0;
  const seed = seeds.byDay.get(recorded.day);
  if (seed !== undefined) seeds.checked += 1;
  else seeds.pending += 1;
  return {
    day: recorded.day, commitment, drawNumber,
    choose: (pool) => (seed !== undefined ? drawPosition(seed, requestId, drawNumber, pool.length) : recorded.position),
  };
}

/**
 * The draw of a decision taken under earlier rules, checked for what the rules do not decide: its day's
 * commitment published before it, its number in the day, its commitment, and (seed revealed) the drawn position
 * and the drawn candidate in the pool as written. Which candidates made the pool is the rules' and is not checked.
 */
export function checkDrawAsWritten(state: EngineState, decision: AssignmentDecision, requestId: string, seeds: Seeds): string | null {
  const source = drawFor(state, decision.draw, requestId, seeds);
  if (typeof source === 'string') return source;
  const draw = decision.draw;
  if (!source || !draw) return null;
  if (draw.commitment !== source.commitment) return `l'estrazione riporta un impegno diverso da quello pubblicato per il ${draw.day}`;
  if (draw.drawNumber !== source.drawNumber) return `l'estrazione è la n. ${draw.drawNumber} del ${draw.day}, ma le precedenti registrate sono ${source.drawNumber}`;
  if (draw.pool.length === 0 || source.choose(draw.pool) !== draw.position) return `la posizione estratta non è quella che dà il seme rivelato per il ${draw.day}`;
  if (decision.status === 'assigned' && draw.pool[draw.position] !== decision.candidateId) return 'il giudice o collegio assegnato non è quello estratto';
  return null;
}

/**
 * The saving behind the planner's "Save to my follow-ups" (SaveToBoard.tsx loads this on use):
 * the typed plan becomes an application and joins the board kept in this browser.
 *
 * Choice: the form is read from the address bar, which always holds what is typed
 * (Planner.tsx), so this needs nothing from the planner but its place under the plan. A board
 * that can't be read, or is full, is never written over: the outcome says why.
 */
import { addToBoard, applicationFromPlanner, BOARD_STORAGE_KEY } from '../../lib/follow-ups-from-planner';
import type { FieldError } from '../../lib/follow-ups-model';
import { stateFromQuery } from '../../lib/planner-state';
import { newId } from '../follow-ups/new-id';
import { readRaw, writeRaw } from '../shared/raw-storage';
import { browserZone } from '../shared/time-zones';

/** Why nothing was saved: the board's read codes, the storage's write problems, or the code failing to load. */
export type Refusal = 'damaged' | 'newer-version' | 'too-many' | 'unavailable' | 'full' | 'load' | 'plan';

export type Outcome = { kind: 'saved'; id: string; company: string } | { kind: 'refused'; why: Refusal } | { kind: 'invalid'; errors: FieldError[] };

/** Adds the typed plan to the board in this browser, unless the board can't take it. */
export function saveToBoard(company: string, role: string): Outcome {
  const { state } = stateFromQuery(location.search, browserZone());
  const made = applicationFromPlanner(state, { company, role }, { id: newId(), now: new Date().toISOString(), newId });
  if (!made.ok) return { kind: 'invalid', errors: made.errors };
  const stored = readRaw(BOARD_STORAGE_KEY);
  if (stored === undefined) return { kind: 'refused', why: 'unavailable' };
  const added = addToBoard(stored, made.app);
  if (!added.ok) return { kind: 'refused', why: added.code === 'too-many' || added.code === 'newer-version' ? added.code : 'damaged' };
  const problem = writeRaw(BOARD_STORAGE_KEY, added.text);
  return problem ? { kind: 'refused', why: problem } : { kind: 'saved', id: made.app.id, company: made.app.company };
}


/**
 * The app's first module (main.ts imports it before anything else): it starts opening the
 * learner's database while the rest of the app's script is evaluated, instead of after.
 * `backend.ts` picks the opening up when the progress store opens. Measured on a return visit
 * with a full history (tests/bench, cold start): the rest of the script took 11 ms to evaluate,
 * time the database's open now runs beside.
 */
import { openEarly } from './create-database';

openEarly();

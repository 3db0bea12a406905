// Entry of the register worker thread that main.ts starts (bundled to out/main/worker.js): the same
// worker body the browser host runs, core/register-thread.ts.
import '../core/register-thread';

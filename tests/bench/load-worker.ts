// A worker process of tests/bench/load.ts (LOAD_WORKERS > 0) running its share of the desks, spoken to
// over the IPC channel: ← DeskConfig; → 'ready' once signed in; ← DeskWindow; → DeskReport.
import { prepareDesks, type DeskConfig, type DeskWindow } from './load-desks';

const send = (m: unknown) => process.send!(m);
const cfg = await new Promise<DeskConfig>((resolve) => process.once('message', (m) => resolve(m as DeskConfig)));
const { drive } = await prepareDesks(cfg);
process.once('message', (w) => {
  void drive(w as DeskWindow).then((report) => {
    send(report);
    process.disconnect();
  });
});
send('ready');

/**
 * One html-validate worker thread (see htmlValidatorPool in html.ts). Node runs this file
 * as TypeScript by stripping its types, so it imports with the `.ts` extension and uses
 * only syntax that stripping allows.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { htmlValidator } from './html.ts';

const validate = htmlValidator(workerData.config);
parentPort!.on('message', async ({ id, html, name }: { id: number; html: string; name: string }) => {
  try {
    parentPort!.postMessage({ id, problems: await validate(html, name) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { checkUpdate, MAX_NEW_DELETED_RUN } from './update-guard.js';

/** An update holding one GC struct (deleted content) of `length` clocks under `client`. */
function gcUpdate(client: number, length: number): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1); // one client
  encoding.writeVarUint(encoder.restEncoder, 1); // one struct
  encoder.writeClient(client);
  encoding.writeVarUint(encoder.restEncoder, 0); // from clock 0
  new Y.GC(Y.createID(client, 0), length).write(encoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 0); // an empty delete set
  return encoder.toUint8Array();
}

describe('checkUpdate', () => {
  it('refuses a run of deleted content longer than anyone writes, 2^31 - 1 clocks included', () => {
    const doc = new Y.Doc();
    expect(checkUpdate(doc, gcUpdate(77, 2 ** 31 - 1))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/deleted run longer/),
    });
    expect(checkUpdate(doc, gcUpdate(77, MAX_NEW_DELETED_RUN + 1)).ok).toBe(false);
  });

  it('takes what a client typed and deleted before it synced', () => {
    const offline = new Y.Doc();
    const text = offline.getText('t');
    text.insert(0, 'x'.repeat(5000));
    text.delete(0, 5000);
    const check = checkUpdate(new Y.Doc(), Y.encodeStateAsUpdate(offline));
    expect(check).toMatchObject({ ok: true, grows: true });
    expect(checkUpdate(new Y.Doc(), gcUpdate(78, MAX_NEW_DELETED_RUN)).ok).toBe(true);
  });
});

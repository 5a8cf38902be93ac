import { describe, expect, it } from 'vitest';
import { configFromArgs, parseDesktopConfig } from './config';

describe('desktop config', () => {
  it.each([
    [{}, { mode: 'standalone', primaryUrl: '', port: 8787 }],
    [
      { mode: 'primary', port: 9000 },
      { mode: 'primary', primaryUrl: '', port: 9000 },
    ],
    [
      { mode: 'client', primaryUrl: '192.168.1.10:8787/' },
      { mode: 'client', primaryUrl: 'http://192.168.1.10:8787', port: 8787 },
    ],
    [
      { mode: 'client', primaryUrl: '' },
      { mode: 'standalone', primaryUrl: '', port: 8787 },
    ],
    [
      { mode: 'server', port: 'abc' },
      { mode: 'standalone', primaryUrl: '', port: 8787 },
    ],
    [
      { mode: 'primary', port: 70000 },
      { mode: 'primary', primaryUrl: '', port: 8787 },
    ],
  ])('%j → %j', (raw, expected) => {
    expect(parseDesktopConfig(raw)).toEqual(expected);
  });

  it('reads overrides from the command line', () => {
    expect(configFromArgs(['electron', '.', '--mode=client', '--primary=http://10.0.0.5:8787', '--port=1'])).toEqual({
      mode: 'client',
      primaryUrl: 'http://10.0.0.5:8787',
      port: '1',
    });
  });
});

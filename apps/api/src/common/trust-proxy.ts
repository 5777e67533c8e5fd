import { BlockList, isIPv4 } from 'node:net';

const RANGES: Record<string, [string, number][]> = {
  loopback: [
    ['127.0.0.1', 8],
    ['::1', 128],
  ],
  linklocal: [
    ['169.254.0.0', 16],
    ['fe80::', 10],
  ],
  uniquelocal: [
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['fc00::', 7],
  ],
};

/**
 * Express "trust proxy" as a function that trusts exactly one hop: the socket peer, when it is one of
 * TRUST_PROXY's addresses (our web server). So req.ip is the last X-Forwarded-For entry, the one that
 * web server wrote from its own peer; entries a client put further left are never believed, and
 * rotating them cannot escape the per-address sign-in limit or forge the audit log's address.
 */
export function trustOneHop(setting: string): (address: string, hop: number) => boolean {
  const list = new BlockList();
  for (const entry of setting
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)) {
    for (const [net, bits] of RANGES[entry] ?? [parseEntry(entry)]) {
      const type = isIPv4(net) ? 'ipv4' : 'ipv6';
      list.addSubnet(net, bits, type);
    }
  }
  return (address, hop) => {
    if (hop !== 0) return false;
    const plain = address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
    return list.check(plain, isIPv4(plain) ? 'ipv4' : 'ipv6');
  };
}

function parseEntry(entry: string): [string, number] {
  const [net = entry, bits] = entry.split('/');
  return [net, bits === undefined ? (isIPv4(net) ? 32 : 128) : Number(bits)];
}

// The official SDK signing the benchmark request: @alicloud/openapi-util getAuthorization with a
// fresh nonce from @alicloud/tea-util per signature. Prints one JSON line.
// Usage: node sign.js [SECONDS]
const OpenApiUtil = require('@alicloud/openapi-util').default;
const Util = require('@alicloud/tea-util').default;
const crypto = require('crypto');
const emptyHash = crypto.createHash('sha256').update('').digest('hex');
const seconds = Number(process.argv[2] || 2);
function request() {
  return { pathname: '/api/v1/models', method: 'GET',
    query: { PageSize: '100', PageNumber: '3', Query: 'SD 1.5' },
    headers: { host: 'aiworkspace.cn-hangzhou.aliyuncs.com', 'x-acs-action': 'ListModels',
      'x-acs-version': '2021-02-04', 'x-acs-date': '2024-05-01T12:00:00Z',
      'x-acs-signature-nonce': '', 'x-acs-content-sha256': emptyHash } };
}
const req = request();
let n = 0; const start = process.hrtime.bigint(); const end = start + BigInt(Math.round(seconds * 1e9));
let sink = 0;
while (process.hrtime.bigint() < end) {
  for (let i = 0; i < 100; ++i) {
    req.headers['x-acs-signature-nonce'] = Util.getNonce();
    sink += OpenApiUtil.getAuthorization(req, 'ACS3-HMAC-SHA256', emptyHash, 'LTAI5tBenchKeyId', 'bench-secret').length;
  }
  n += 100;
}
const el = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ case: 'official-request', implementation: '@alicloud/openapi-util', signaturesPerSecond: Math.round(n / el) }));

// Usage: node list.js URL ACCESS_KEY_ID ACCESS_KEY_SECRET. Prints one JSON line.
// The official SDK's loop: ListModels one page at a time, PageSize 100, until every model is read.
const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');
const [url, keyId, secret] = process.argv.slice(2);
const endpoint = new URL(url);
async function main() {
  const client = new OpenApi.default(new OpenApi.Config({
    accessKeyId: keyId, accessKeySecret: secret,
    endpoint: endpoint.host, protocol: endpoint.protocol.replace(':', ''),
  }));
  const params = new OpenApi.Params({
    action: 'ListModels', version: '2021-02-04', protocol: endpoint.protocol.replace(':', '').toUpperCase(),
    pathname: '/api/v1/models', method: 'GET', authType: 'AK', style: 'ROA',
    reqBodyType: 'json', bodyType: 'json',
  });
  const runtime = new Util.RuntimeOptions({});
  const start = process.hrtime.bigint();
  let models = 0; let total = Infinity;
  for (let page = 1; models < total; ++page) {
    const request = new OpenApi.OpenApiRequest({ query: { PageSize: '100', PageNumber: String(page) } });
    const reply = await client.callApi(params, request, runtime);
    const body = reply.body;
    total = Number(body.TotalCount);
    const got = (body.Models || []).length;
    if (got === 0) break;
    models += got;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ implementation: '@alicloud/openapi-client', models, ms: Math.round(ms) }));
}
main().catch((e) => { console.error(e.message || e); process.exit(1); });

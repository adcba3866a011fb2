export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __WANXIA_PG__?: { stop(): Promise<void> } }).__WANXIA_PG__;
  await server?.stop();
}

// What the server holds after a full garbage collection (its JavaScript heap and its Buffers), read through its inspector (the
// Chrome DevTools Protocol): the soak's leak check. RSS cannot tell a leak from garbage V8 has not
// collected yet, nor from memory the allocator keeps: it swings by hundreds of MB under load.
import WebSocket from "ws";

/** Node flag that opens the inspector on a free loopback port; the address is printed at start. */
export const INSPECT_FLAG = "--inspect=127.0.0.1:0";

/** The inspector's WebSocket address, from the server's log ("Debugger listening on ws://…"). */
export function inspectorUrl(log: string[]): string {
  for (const line of log) {
    const match = /Debugger listening on (ws:\/\/\S+)/.exec(line);
    if (match) return match[1]!;
  }
  throw new Error(`The server printed no inspector address (started with ${INSPECT_FLAG}?)`);
}

/** What the server holds after a full collection, in MB: its JavaScript heap, and the memory its objects own outside it (Buffers, mostly). */
export type HeldMemory = { heap: number; external: number; /** the process's RSS right after the collection */ rss: number };

/** Collects all garbage in the server, then reads `process.memoryUsage()` there. */
export async function memoryAfterGc(url: string): Promise<HeldMemory> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  let nextId = 1;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString()) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
        if (message.id !== id) return;
        socket.off("message", onMessage);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result ?? {});
      };
      socket.on("message", onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call("HeapProfiler.collectGarbage");
    const { result } = (await call("Runtime.evaluate", { expression: "JSON.stringify(process.memoryUsage())", returnByValue: true })) as { result?: { value?: string } };
    const usage = JSON.parse(result?.value ?? "{}") as Partial<NodeJS.MemoryUsage>;
    if (usage.heapUsed === undefined || usage.external === undefined || usage.rss === undefined) throw new Error("The inspector answered no process.memoryUsage()");
    const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
    return { heap: megabytes(usage.heapUsed), external: megabytes(usage.external), rss: megabytes(usage.rss) };
  } finally {
    socket.close();
  }
}

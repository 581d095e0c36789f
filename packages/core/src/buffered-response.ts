const UNUSABLE = "Body is unusable: Body has already been read";

/**
 * A `Response` whose body has already been read whole, as text: what the Node transport hands
 * openapi-fetch and middleware. Building a body stream (and reading it back through a reader)
 * cost more CPU per call than undici's whole request, so the text stays a string until something
 * asks for the stream; from then on a native Response of the text serves every body method.
 */
export class BufferedResponse extends Response {
  readonly #text: string;
  #used = false;
  #native: Response | undefined;

  constructor(text: string, init: ResponseInit) {
    super(null, init);
    this.#text = text;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (this.#used) return null;
    return this.#streamed().body;
  }
  override get bodyUsed(): boolean {
    return this.#used || (this.#native?.bodyUsed ?? false);
  }
  override text(): Promise<string> {
    if (this.#native) return this.#native.text();
    if (this.#used) return Promise.reject(new TypeError(UNUSABLE));
    this.#used = true;
    return Promise.resolve(this.#text);
  }
  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#used ? Promise.reject(new TypeError(UNUSABLE)) : this.#streamed().arrayBuffer();
  }
  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }
  override blob(): Promise<Blob> {
    return this.#used ? Promise.reject(new TypeError(UNUSABLE)) : this.#streamed().blob();
  }
  override formData(): Promise<FormData> {
    return this.#used ? Promise.reject(new TypeError(UNUSABLE)) : this.#streamed().formData();
  }
  override clone(): Response {
    if (this.#native) return this.#native.clone();
    if (this.#used) throw new TypeError(UNUSABLE);
    return new BufferedResponse(this.#text, this.#init());
  }

  #streamed(): Response {
    this.#native ??= new Response(this.#text, this.#init());
    return this.#native;
  }

  #init(): ResponseInit {
    return { status: this.status, statusText: this.statusText, headers: this.headers };
  }
}

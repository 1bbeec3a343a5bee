// Lines in, text out. Interactive: a readline prompt that bot messages print above without
// eating what the user is typing. Scripted: one action per input line, plain transcript.
import { clearLine, createInterface, cursorTo, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";

export type LineSource = Readable | AsyncIterable<string>;

export class Terminal {
  private readonly rl: Interface | undefined;
  private readonly source: AsyncIterable<string>;
  private promptShown = false;
  private closed = false;
  private readonly closedSignal: Promise<undefined>;
  private markClosed!: () => void;

  constructor(
    input: LineSource,
    private readonly output: Writable,
    private readonly interactive: boolean,
  ) {
    this.closedSignal = new Promise((resolve) => {
      this.markClosed = () => resolve(undefined);
    });
    if (isStream(input)) {
      this.rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, prompt: "> ", crlfDelay: Infinity });
      // Ctrl-C ends the session at once; EOF (Ctrl-D, end of a script) after the buffered lines.
      this.rl.on("SIGINT", () => this.close());
      this.source = this.rl;
    } else {
      this.source = input;
    }
  }

  /** The typed lines until EOF, Ctrl-D/Ctrl-C or close(). Pulls one line at a time. */
  async *lines(): AsyncGenerator<string> {
    const iterator = this.source[Symbol.asyncIterator]();
    while (!this.closed) {
      const next = await Promise.race([iterator.next(), this.closedSignal]);
      if (!next || next.done) return;
      this.promptShown = false;
      yield next.value;
    }
  }

  print(lines: string[]): void {
    if (lines.length === 0) return;
    if (this.promptShown) {
      clearLine(this.output, 0);
      cursorTo(this.output, 0);
    }
    this.output.write(`${lines.join("\n")}\n`);
    // Redraws the prompt with whatever the user had typed so far.
    if (this.promptShown) this.rl?.prompt(true);
  }

  /** Shows the prompt (interactive only): the bot is idle, the user's turn. */
  ready(): void {
    if (!this.interactive || this.closed || !this.rl) return;
    this.promptShown = true;
    this.rl.prompt();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.promptShown = false;
    this.markClosed();
    this.rl?.close();
  }
}

function isStream(input: LineSource): input is Readable {
  return typeof (input as Readable).pipe === "function";
}

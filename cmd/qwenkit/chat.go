package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
	"golang.org/x/term"
)

// chatCommand is an interactive, streaming chat in the terminal.
var chatCommand = command{
	summary: "chat with a model in the terminal, streaming (the built-in default model without --model)",
	run:     runChat,
}

// defaultModelNote is printed to standard error when a command runs on the
// built-in default model.
const defaultModelNote = "qwenkit: no --model given: using the built-in default model (tiny, random weights: its text is nonsense, its JSON and tool calls well formed)"

// mappedUsage is the help of the commands' --mapped flag.
const mappedUsage = "read every weight in place from the memory-mapped file (sdk.WithMappedWeights) instead of the copy made at load on Linux (kept in --weight-cache), interleaved where the CPU has kernels for it (AVX-512: Q8_0, Q4_0, Q5_0, Q4_K; AVX2: Q4_0, Q5_0, Q4_K, and Q8_0 on AMD CPUs), which decodes faster"

// openEngine opens the model at path on the local engine, or the built-in
// default model when path is empty (saying so on stderr), its weights read
// as wf says (--mapped, --weight-cache).
func openEngine(path, tokenizer string, contextLen int, wf weightFlags, stderr io.Writer) (*sdk.Local, error) {
	opts := wf.sdkOptions()
	if contextLen > 0 {
		opts = append(opts, sdk.WithContext(contextLen))
	}
	if path == "" {
		if tokenizer != "" {
			return nil, &exitError{code: 2, err: errors.New("--tokenizer needs --model")}
		}
		fmt.Fprintln(stderr, defaultModelNote)
		return sdk.OpenDefault(opts...)
	}
	if tokenizer != "" {
		opts = append(opts, sdk.WithTokenizer(tokenizer))
	}
	l, err := sdk.Open(path, opts...)
	if err != nil {
		return nil, err
	}
	if _, why := l.WeightCache(); why != nil {
		fmt.Fprintf(stderr, "qwenkit: %v; the weights are copied in memory instead\n", why)
	}
	return l, nil
}

// isTerminal reports whether r is a terminal.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func runChat(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := modelFlag(fs, "model: a GGUF file or a Hugging Face folder (default: the built-in default model)")
	tok := fs.String("tokenizer", "", "tokenizer file or folder, if not the model's own")
	system := fs.String("system", "", "system prompt")
	maxTokens := fs.Int("max-tokens", 512, "maximum tokens per reply")
	ctxLen := fs.Int("context", 0, "context window in tokens (0: the model's)")
	wf := addWeightFlags(fs)
	temp := fs.Float64("temperature", 0.7, "sampling temperature (0: greedy)")
	topP := fs.Float64("top-p", 0.8, "nucleus sampling: keep the most likely tokens up to this probability")
	seed := fs.Uint64("seed", 0, "sampling seed")
	stats := fs.Bool("stats", false, "print each reply's usage (tokens, cached prompt tokens, time to first token, tokens/s) to standard error")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit chat [--model FILE] [flags]

Chats with a model: each line read from standard input is a user message, and
the reply streams to standard output, followed by a newline. The conversation
is kept, so each turn computes only its new tokens (the KV cache of the last
one is reused). Works on a terminal and on a pipe alike. Commands: /reset
forgets the conversation, /exit (or end of input) quits. On a terminal,
Ctrl-C stops the current reply.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if *maxTokens <= 0 {
		return &exitError{code: 2, err: fmt.Errorf("--max-tokens %d must be positive", *maxTokens)}
	}
	sampling := sdk.Sampling{Temperature: *temp, TopP: *topP, Seed: *seed}
	if err := sampling.Validate(); err != nil {
		return &exitError{code: 2, err: err}
	}
	l, err := openEngine(*model, *tok, *ctxLen, *wf, stderr)
	if err != nil {
		return err
	}
	defer l.Close()

	interactive := isTerminal(stdin)
	var base []chat.Message
	if *system != "" {
		base = append(base, chat.Message{Role: chat.System, Content: *system})
	}
	msgs := append([]chat.Message(nil), base...)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	prompt := func() {
		if interactive {
			fmt.Fprint(w, "> ")
			w.Flush()
		}
	}
	if interactive {
		fmt.Fprintln(w, "qwenkit chat: type a message and press Enter; /reset forgets the conversation, /exit quits.")
	}
	in := bufio.NewScanner(stdin)
	in.Buffer(make([]byte, 64<<10), 16<<20)
	for prompt(); in.Scan(); prompt() {
		line := strings.TrimSpace(in.Text())
		switch line {
		case "":
			continue
		case "/exit", "/quit":
			return w.Flush()
		case "/reset":
			msgs = append(msgs[:0], base...)
			continue
		}
		msgs = append(msgs, chat.Message{Role: chat.User, Content: line})
		// Each turn samples from the same seed offset by the turn, so a
		// conversation replays exactly.
		sampling.Seed = *seed + uint64(len(msgs))
		reply, usage, err := chatTurn(l, sdk.Request{Messages: msgs, MaxTokens: *maxTokens, Sampling: sampling}, w, interactive)
		if errors.Is(err, sdk.ErrContextOverflow) {
			// Lose nothing but this message: the user can /reset.
			msgs = msgs[:len(msgs)-1]
			fmt.Fprintf(stderr, "qwenkit chat: %v (/reset to start over)\n", err)
			continue
		}
		if err != nil {
			return err
		}
		msgs = append(msgs, chat.Message{Role: chat.Assistant, Content: reply})
		if *stats && usage != nil {
			fmt.Fprintf(stderr, "[%d prompt tokens (%d cached), %d generated, first token %v, %.1f tokens/s]\n",
				usage.PromptTokens, usage.CachedTokens, usage.CompletionTokens, usage.TimeToFirstToken.Round(100_000), usage.TokensPerSecond)
		}
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("reading standard input: %w", err)
	}
	return w.Flush()
}

// chatTurn streams one reply to w and returns its text and usage. On a
// terminal, Ctrl-C ends the reply (what was written so far is kept).
func chatTurn(l *sdk.Local, req sdk.Request, w *bufio.Writer, interactive bool) (string, *sdk.Usage, error) {
	ctx := context.Background()
	if interactive {
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(ctx, os.Interrupt)
		defer stop()
	}
	var text strings.Builder
	var usage *sdk.Usage
	for ev, err := range l.Chat(ctx, req) {
		if err != nil {
			if ctx.Err() != nil && interactive {
				fmt.Fprintln(w, " [stopped]")
				return text.String(), nil, w.Flush()
			}
			return "", nil, err
		}
		switch ev.Kind {
		case sdk.TextEvent:
			text.WriteString(ev.Text)
			w.WriteString(ev.Text)
			if err := w.Flush(); err != nil {
				return "", nil, err
			}
		case sdk.DoneEvent:
			usage = &ev.Done.Usage
		}
	}
	w.WriteByte('\n')
	return text.String(), usage, w.Flush()
}

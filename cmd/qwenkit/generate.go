package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/runtime/qwen2"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/sdk/sample"
)

// generateCommand continues a text or a token sequence.
var generateCommand = command{
	summary: "continue a text (--prompt) or token ids (--tokens) and print what follows",
	run:     runGenerate,
}

func runGenerate(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := modelFlag(fs, "model: a GGUF file or a Hugging Face folder (default: the built-in default model)")
	tokPath := fs.String("tokenizer", "", "tokenizer file or folder, if not the model's own (--prompt)")
	prompt := fs.String("prompt", "", "text to continue; printed output is text")
	asChat := fs.Bool("chat", false, "with --prompt: send it as a user message through the chat template and print the reply")
	tokens := fs.String("tokens", "", "comma-separated prompt token ids, e.g. 1,2,3; printed output is ids")
	n := fs.Int("n", 32, "number of tokens to generate")
	stop := fs.String("stop", "", "with --tokens: comma-separated token ids that end generation (printed)")
	temp := fs.Float64("temperature", 0, "sampling temperature (0: greedy)")
	seed := fs.Uint64("seed", 0, "sampling seed")
	wf := addWeightFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit generate [--model FILE] --prompt TEXT [--chat] [-n 32] [--temperature T --seed N] [--mapped]
       qwenkit generate [--model FILE] --tokens 1,2,3 [-n 32] [--stop ID,...] [--mapped]

With --prompt, continues the text (plain text: special-token strings in it
are text) and streams the continuation as text; it ends at -n tokens or at
the end-of-text token. --chat applies the chat template instead and prints the
assistant's reply. With --tokens, prints the new ids comma-separated on one
line as they are produced (greedy unless --temperature). Without --model,
runs on the built-in default model (random weights: nonsense text).`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if (*prompt == "") == (*tokens == "") {
		return &exitError{code: 2, err: errors.New("give one of --prompt and --tokens")}
	}
	if *n < 0 {
		return &exitError{code: 2, err: fmt.Errorf("-n %d is negative", *n)}
	}
	if *asChat && *prompt == "" {
		return &exitError{code: 2, err: errors.New("--chat needs --prompt")}
	}
	params := sample.Params{Temperature: *temp, Seed: *seed}
	if err := params.Validate(); err != nil {
		return &exitError{code: 2, err: err}
	}
	if *asChat {
		return generateChat(*model, *tokPath, *prompt, *n, params, *wf, stdout, stderr)
	}

	path := *model
	if path == "" {
		if *tokPath != "" {
			return &exitError{code: 2, err: errors.New("--tokenizer needs --model")}
		}
		fmt.Fprintln(stderr, defaultModelNote)
		var err error
		if path, err = sdk.DefaultModelPath(); err != nil {
			return err
		}
		wf.mapped = true // as sdk.OpenDefault reads it
	}
	if *tokens != "" {
		ids, err := parseTokens(*tokens)
		if err != nil {
			return &exitError{code: 2, err: err}
		}
		stops := map[int]bool{}
		if *stop != "" {
			s, err := parseTokens(*stop)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			for _, id := range s {
				stops[id] = true
			}
		}
		return generateIDs(path, *wf, ids, *n, stops, params, stdout)
	}
	if *stop != "" {
		return &exitError{code: 2, err: errors.New("--stop goes with --tokens (text ends at the end-of-text token)")}
	}
	tp := path
	if *tokPath != "" {
		tp = *tokPath
	}
	var tok *tokenizer.Tokenizer
	var err error
	if *model == "" {
		tok, err = tokenizer.Qwen25()
	} else {
		tok, err = tokenizer.LoadFile(tp)
	}
	if err != nil {
		return err
	}
	return generateText(path, *wf, tok, *prompt, *n, params, stdout)
}

// decoder loads the model and steps through a continuation.
type decoder struct {
	m       *qwen2.Model
	cache   *qwen2.Cache
	sampler *sample.Sampler
	greedy  bool
	vocab   int
}

func newDecoder(path string, wf weightFlags, maxTokens, vocab int, params sample.Params) (*decoder, error) {
	m, err := qwen2.LoadWith(path, wf.options())
	if err != nil {
		return nil, err
	}
	if vocab <= 0 || vocab > m.Config.NVocab {
		vocab = m.Config.NVocab
	}
	d := &decoder{m: m, cache: m.NewCache(maxTokens), greedy: params.Greedy(), vocab: vocab}
	if !d.greedy {
		if d.sampler, err = sample.New(params, vocab); err != nil {
			m.Close()
			return nil, err
		}
	}
	return d, nil
}

// next feeds tokens and picks the next token.
func (d *decoder) next(tokens []int) (int, error) {
	rows, err := d.m.Forward(d.cache, tokens, false)
	if err != nil {
		return 0, err
	}
	logits := rows[len(rows)-1][:d.vocab]
	if d.greedy {
		return argmax(logits), nil
	}
	return d.sampler.Sample(logits, nil, nil)
}

// generateIDs continues ids and prints the new ids as they come.
func generateIDs(path string, wf weightFlags, ids []int, n int, stops map[int]bool, params sample.Params, stdout io.Writer) error {
	d, err := newDecoder(path, wf, len(ids)+n, 0, params)
	if err != nil {
		return err
	}
	defer d.m.Close()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	next := ids
	for i := 0; i < n; i++ {
		id, err := d.next(next)
		if err != nil {
			return err
		}
		if i > 0 {
			w.WriteByte(',')
		}
		fmt.Fprint(w, id)
		if err := w.Flush(); err != nil {
			return err
		}
		if stops[id] {
			break
		}
		next = []int{id}
	}
	w.WriteByte('\n')
	return w.Flush()
}

// generateText continues prompt and streams the continuation as text, up to
// n tokens or an end-of-text token (not printed).
func generateText(path string, wf weightFlags, tok *tokenizer.Tokenizer, prompt string, n int, params sample.Params, stdout io.Writer) error {
	ids := tok.Encode(prompt)
	if len(ids) == 0 {
		return &exitError{code: 2, err: errors.New("--prompt encodes to no tokens")}
	}
	d, err := newDecoder(path, wf, len(ids)+n, tok.NumTokens(), params)
	if err != nil {
		return err
	}
	defer d.m.Close()
	ends := map[int]bool{}
	for _, s := range []string{"<|endoftext|>", "<|im_end|>"} {
		if id, ok := tok.TokenID(s); ok {
			ends[id] = true
		}
	}
	if eos := tok.EOS(); eos >= 0 {
		ends[eos] = true
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	dec := tok.NewStreamDecoder()
	next := ids
	for i := 0; i < n; i++ {
		id, err := d.next(next)
		if err != nil {
			return err
		}
		if ends[id] {
			break
		}
		w.WriteString(dec.Add(id))
		if err := w.Flush(); err != nil {
			return err
		}
		next = []int{id}
	}
	w.WriteString(dec.Flush())
	w.WriteByte('\n')
	return w.Flush()
}

// generateChat sends prompt as a user message and streams the reply.
func generateChat(model, tokPath, prompt string, n int, params sample.Params, wf weightFlags, stdout, stderr io.Writer) error {
	l, err := openEngine(model, tokPath, 0, wf, stderr)
	if err != nil {
		return err
	}
	defer l.Close()
	w := bufio.NewWriter(stdout)
	req := sdk.Request{Messages: []chat.Message{{Role: chat.User, Content: prompt}}, MaxTokens: max(n, 1), Sampling: params}
	_, _, err = chatTurn(l, req, w, false)
	return err
}

// argmax returns the index of the largest value (the first of equal ones).
func argmax(xs []float32) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

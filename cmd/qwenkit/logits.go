package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/qwenkit/qwenkit/runtime/qwen2"
)

// logitsCommand prints a model's logits for a token sequence.
var logitsCommand = command{
	summary: "print a model's logits for token ids as JSON",
	run:     runLogits,
}

func runLogits(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("logits", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := modelFlag(fs, "model: a GGUF file or a Hugging Face folder (required)")
	tokens := fs.String("tokens", "", "comma-separated token ids, e.g. 1,2,3 (required)")
	all := fs.Bool("all", false, "print the logits after every position, not only the last")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit logits --model FILE --tokens 1,2,3 [--all]

Runs the model over the tokens from an empty cache and prints one JSON object,
{"n_vocab": N, "logits": [[...], ...]}: one row of N logits for the last
position, or for every position with --all. Quantized weights are
dequantized and multiplied in float32 (qwen2.Options.Exact), so the logits
track a float64 reference rather than llama.cpp's 8-bit activations.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	ids, err := parseModelArgs(fs, *model, *tokens)
	if err != nil {
		return err
	}
	// Exact products: these logits are compared with float64 references.
	m, err := qwen2.LoadWith(*model, qwen2.Options{Exact: true})
	if err != nil {
		return err
	}
	defer m.Close()
	rows, err := m.Forward(m.NewCache(len(ids)), ids, *all)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	if err := json.NewEncoder(w).Encode(struct {
		NVocab int         `json:"n_vocab"`
		Logits [][]float32 `json:"logits"`
	}{m.Config.NVocab, rows}); err != nil {
		return err
	}
	return w.Flush()
}

// parseModelArgs checks the flags that logits and generate share and parses
// the token list.
func parseModelArgs(fs *flag.FlagSet, model, tokens string) ([]int, error) {
	if fs.NArg() > 0 {
		return nil, &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if model == "" || tokens == "" {
		return nil, &exitError{code: 2, err: fmt.Errorf("--model and --tokens are required")}
	}
	ids, err := parseTokens(tokens)
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	return ids, nil
}

// parseTokens parses "1, 2,3" into token ids.
func parseTokens(s string) ([]int, error) {
	var ids []int
	for i, f := range strings.Split(s, ",") {
		id, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("--tokens: item %d %q is not an integer", i+1, strings.TrimSpace(f))
		}
		ids = append(ids, id)
	}
	return ids, nil
}

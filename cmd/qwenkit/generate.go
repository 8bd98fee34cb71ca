package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"

	"github.com/qwenkit/qwenkit/runtime/qwen2"
)

// generateCommand continues a token sequence greedily.
var generateCommand = command{
	summary: "continue token ids greedily and print the new ids",
	run:     runGenerate,
}

func runGenerate(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := fs.String("model", "", "model: a GGUF file or a Hugging Face folder (required)")
	tokens := fs.String("tokens", "", "comma-separated prompt token ids, e.g. 1,2,3 (required)")
	n := fs.Int("n", 32, "number of tokens to generate")
	stop := fs.String("stop", "", "comma-separated token ids that end generation (printed)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit generate --model FILE --tokens 1,2,3 [-n 32] [--stop ID,...]

Prefills the prompt, then picks the most likely token n times (greedy), and
prints the new ids comma-separated on one line as they are produced.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	ids, err := parseModelArgs(fs, *model, *tokens)
	if err != nil {
		return err
	}
	if *n < 0 {
		return &exitError{code: 2, err: fmt.Errorf("-n %d is negative", *n)}
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
	m, err := qwen2.Load(*model)
	if err != nil {
		return err
	}
	defer m.Close()
	cache := m.NewCache(len(ids) + *n)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	next := ids
	for i := 0; i < *n; i++ {
		rows, err := m.Forward(cache, next, false)
		if err != nil {
			return err
		}
		id := argmax(rows[0])
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

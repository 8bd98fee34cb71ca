package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/qwenkit/qwenkit/runtime/synth"
)

// synthCommand writes a random-weight model.
var synthCommand = command{
	summary: "write a deterministic random-weight Qwen2 GGUF of a named shape",
	run:     runSynth,
}

func runSynth(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o synth.Options
	fs.StringVar(&o.Shape, "shape", "tiny", "shape: "+strings.Join(synth.ShapeNames(), ", "))
	fs.StringVar(&o.Type, "type", "f32", "weight type: "+strings.Join(synth.TypeNames(), ", "))
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed; the same seed gives the same file")
	fs.IntVar(&o.Layers, "layers", 0, "number of layers, replacing the shape's (0: the shape's)")
	fs.IntVar(&o.Vocab, "vocab", 0, "embedding rows, at least the vocabulary's tokens (0: the shape's, or enough)")
	fs.StringVar(&o.Tokenizer, "tokenizer", "", "tokenizer.json whose vocabulary the model carries (default: a 259-token byte vocabulary)")
	out := fs.String("out", "", "output GGUF file (required)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit synth --out FILE [--shape tiny] [--type f32] [--seed 1] [--layers N] [--vocab N] [--tokenizer tokenizer.json]

Writes a Qwen2 (or Qwen2-MoE) GGUF file with random weights scaled like a
trained model's. The same flags give a byte-identical file.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if *out == "" {
		return &exitError{code: 2, err: fmt.Errorf("--out is required")}
	}
	start := time.Now()
	if err := synth.Write(*out, o); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %s %s seed %d, %d bytes in %.1fs\n", *out, o.Shape, o.Type, o.Seed, st.Size(), time.Since(start).Seconds())
	return nil
}

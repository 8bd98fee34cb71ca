package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/qwenkit/qwenkit/grammar"
	"github.com/qwenkit/qwenkit/grammar/maskbench"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// schemaCommand checks JSON texts against a compiled schema and replays
// MaskBench.
var schemaCommand = command{
	summary: "JSON Schema matcher: check JSONL texts (schema check --schema FILE) or replay MaskBench (schema bench --dir DIR --tokenizer PATH)",
	run:     runSchema,
}

func runSchema(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: qwenkit schema check --schema FILE [--tokenizer PATH] [--stats] < texts.jsonl\n       qwenkit schema bench --dir DIR --tokenizer PATH [--json] [--every N] [--schema-order]")
		return &exitError{2, errors.New("a subcommand is required: check or bench")}
	}
	switch args[0] {
	case "check":
		return runSchemaCheck(args[1:], stdin, stdout, stderr)
	case "bench":
		return runSchemaBench(args[1:], stdout, stderr)
	}
	return &exitError{2, fmt.Errorf("unknown subcommand %q (check or bench)", args[0])}
}

func runSchemaCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("schema check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	schemaPath := fs.String("schema", "", "the JSON Schema file")
	tokPath := fs.String("tokenizer", "", "check token by token with this tokenizer (plain-mode tokenization)")
	stats := fs.Bool("stats", false, "print compile and mask times as a last line")
	anyOrder := fs.Bool("any-order", false, "accept declared properties in any order (default: schema order)")
	if err := fs.Parse(args); err != nil {
		return &exitError{2, err}
	}
	if *schemaPath == "" || fs.NArg() != 0 {
		return &exitError{2, errors.New("--schema FILE is required")}
	}
	data, err := os.ReadFile(*schemaPath)
	if err != nil {
		return err
	}
	var tok *tokenizer.Tokenizer
	var ix *grammar.Index
	if *tokPath != "" {
		if tok, err = tokenizer.LoadFile(*tokPath); err != nil {
			return err
		}
		if ix, err = grammar.NewIndex(tok); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(stdout)
	st := time.Now()
	var voc grammar.Vocabulary
	if ix != nil {
		voc = ix
	}
	g, err := grammar.CompileJSONSchema(voc, data, grammar.Options{AnyOrder: *anyOrder})
	compileMS := float64(time.Since(st).Microseconds()) / 1000
	if err != nil {
		enc.Encode(map[string]any{"compiled": false, "error": err.Error()})
		return &exitError{3, fmt.Errorf("%s: %w", *schemaPath, err)}
	}
	var maskUS []float64
	var mask []uint64
	if ix != nil {
		mask = make([]uint64, ix.MaskWords())
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		m := g.NewMatcher()
		ok := true
		if tok == nil {
			ok = m.AcceptBytes(line) == nil
		} else {
			for _, id := range tok.Encode(string(line)) {
				t0 := time.Now()
				m.Mask(mask)
				maskUS = append(maskUS, float64(time.Since(t0).Nanoseconds())/1000)
				if mask[id>>6]&(1<<(id&63)) == 0 || m.Accept(id) != nil {
					ok = false
					break
				}
			}
		}
		ok = ok && m.Done()
		if err := enc.Encode(map[string]bool{"accepted": ok}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if *stats {
		n := len(maskUS)
		return enc.Encode(map[string]any{"compile_ms": compileMS, "masks": n, "mask_us": map[string]float64{
			"p50": maskbench.Percentile(maskUS, 50), "p90": maskbench.Percentile(maskUS, 90),
			"p99": maskbench.Percentile(maskUS, 99), "max": maskbench.Percentile(maskUS, 100)}})
	}
	return nil
}

func runSchemaBench(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("schema bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "", "the MaskBench folder (one JSON file per schema)")
	tokPath := fs.String("tokenizer", "", "the tokenizer (a tokenizer.json, GGUF or folder)")
	asJSON := fs.Bool("json", false, "one JSON line per schema, then a summary line")
	every := fs.Int("every", 1, "replay every N-th file only")
	schemaOrder := fs.Bool("schema-order", false, "require declared properties in schema order (the generation default); by default any order is accepted, as instances list keys in their own order")
	if err := fs.Parse(args); err != nil {
		return &exitError{2, err}
	}
	if *dir == "" || *tokPath == "" || fs.NArg() != 0 {
		return &exitError{2, errors.New("--dir DIR and --tokenizer PATH are required")}
	}
	tok, err := tokenizer.LoadFile(*tokPath)
	if err != nil {
		return err
	}
	ix, err := grammar.NewIndex(tok)
	if err != nil {
		return err
	}
	files, err := maskbench.Files(*dir, *every)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	tm := &maskbench.Timings{}
	var rs []maskbench.FileResult
	for _, f := range files {
		r := maskbench.RunFile(f, ix, tok, grammar.Options{AnyOrder: !*schemaOrder}, tm)
		rs = append(rs, r)
		if *asJSON {
			if err := enc.Encode(map[string]any{"file": r.File, "compiled": r.Compiled, "valid_rejected": r.ValidRejected, "invalid_accepted": r.InvalidAccepted, "passed": r.Passed && r.Compiled,
				"compile_ms": r.CompileMS, "max_mask_us": r.MaxMaskUS}); err != nil {
				return err
			}
		}
	}
	s := maskbench.Summarize(rs, tm)
	if *asJSON {
		return enc.Encode(map[string]any{"schemas": s.Schemas, "passed": s.Passed, "compile_errors": s.CompileErrors,
			"valid_rejected": s.ValidRejected, "invalid_accepted": s.InvalidAccepted, "mask_us": s.MaskUS, "compile_ms": s.CompileMS})
	}
	fmt.Fprintf(stdout, "schemas %d, passed %d (%.1f%%), compile errors %d\nvalid instances rejected %d of %d (%.2f%%), invalid instances accepted %d of %d\nmask µs over %d masks: p50 %.1f p90 %.1f p99 %.1f max %.0f\ncompile ms: p50 %.2f p99 %.1f max %.1f\n",
		s.Schemas, s.Passed, pct(s.Passed, s.Schemas), s.CompileErrors, s.ValidRejected, s.Valid, pct(s.ValidRejected, s.Valid), s.InvalidAccepted, s.Invalid,
		s.Masks, s.MaskUS["p50"], s.MaskUS["p90"], s.MaskUS["p99"], s.MaskUS["max"], s.CompileMS["p50"], s.CompileMS["p99"], s.CompileMS["max"])
	return nil
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

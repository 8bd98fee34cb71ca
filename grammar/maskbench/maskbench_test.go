package maskbench

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/grammar"
	"github.com/qwenkit/qwenkit/internal/fixturedir"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// baselineOptions are the options of the baseline replay: a generous
// CompileTime, so that a loaded machine (all packages at once, the race
// detector) cannot turn a passing file into a compile error; the
// structural budgets (states, nodes, depth) still bound every compile.
// grammar's TestCompileTimeBudget checks the time budget itself.
var baselineOptions = grammar.Options{AnyOrder: true, Limits: grammar.Limits{CompileTime: time.Minute}}

// TestMaskBenchSample replays every 10th MaskBench file token by token
// with Qwen2.5's tokenizer: no invalid instance may be accepted and Mask
// and Accept must agree on every token.
func TestMaskBenchSample(t *testing.T) {
	tok, ix, files, every := sample(t)
	var rs []FileResult
	tm := &Timings{}
	for _, f := range files {
		r := RunFile(f, ix, tok, baselineOptions, tm)
		rs = append(rs, r)
		if r.InvalidAccepted > 0 {
			t.Errorf("%s: %s", r.File, r.FirstFailure)
		}
		if r.Mismatch > 0 {
			t.Errorf("%s: mask and accept disagree on %d tokens", r.File, r.Mismatch)
		}
		if testing.Verbose() && (r.MaxMaskUS > 20000 || r.CompileMS > 100) {
			t.Logf("%s: slow: max mask %.0f µs, compile %.1f ms", r.File, r.MaxMaskUS, r.CompileMS)
		}
		if testing.Verbose() && !r.Passed && r.Compiled {
			t.Logf("%s: %s", r.File, r.FirstFailure)
		}
		if testing.Verbose() && !r.Compiled && os.Getenv("MASKBENCH_ERRORS") != "" {
			t.Logf("%s: compile error: %s", r.File, r.Error)
		}
	}
	// baseline: a file that passed must keep passing
	bpath := filepath.Join("testdata", "sample_baseline.json")
	got := map[string]bool{}
	for _, r := range rs {
		got[r.File] = r.Passed && r.Compiled
	}
	if *update && every == 10 {
		os.MkdirAll("testdata", 0o755)
		b, _ := json.MarshalIndent(got, "", " ")
		if err := os.WriteFile(bpath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	} else if every == 10 {
		var base map[string]bool
		data, err := os.ReadFile(bpath)
		if err != nil {
			t.Fatalf("baseline: %v (go test -run TestMaskBenchSample -update)", err)
		}
		if err := json.Unmarshal(data, &base); err != nil {
			t.Fatal(err)
		}
		for f, ok := range base {
			if ok && !got[f] {
				t.Errorf("%s passed in the baseline and fails now", f)
			}
		}
	}
	s := Summarize(rs, tm)
	t.Logf("maskbench sample: %d schemas, %d passed (%.1f%%), %d compile errors, valid rejected %d/%d, invalid accepted %d/%d; mask µs p50 %.1f p90 %.1f p99 %.1f max %.0f over %d masks; compile ms p50 %.2f p99 %.1f max %.1f",
		s.Schemas, s.Passed, 100*float64(s.Passed)/float64(s.Schemas), s.CompileErrors, s.ValidRejected, s.Valid, s.InvalidAccepted, s.Invalid,
		s.MaskUS["p50"], s.MaskUS["p90"], s.MaskUS["p99"], s.MaskUS["max"], s.Masks, s.CompileMS["p50"], s.CompileMS["p99"], s.CompileMS["max"])
}

// sample loads Qwen2.5's tokenizer and its Index and lists the MaskBench
// files to replay: every MASKBENCH_EVERY-th (default 10).
func sample(t testing.TB) (*tokenizer.Tokenizer, *grammar.Index, []string, int) {
	tok, err := tokenizer.LoadFile(fixturedir.Path(t, "tokenizer", "tokenizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := grammar.NewIndex(tok)
	if err != nil {
		t.Fatal(err)
	}
	every := 10
	if s := os.Getenv("MASKBENCH_EVERY"); s != "" {
		if every, err = strconv.Atoi(s); err != nil {
			t.Fatalf("MASKBENCH_EVERY: %v", err)
		}
	}
	files, err := Files(fixturedir.Path(t, "jsonschema", "maskbench"), every)
	if err != nil {
		t.Fatal(err)
	}
	return tok, ix, files, every
}

var update = flag.Bool("update", false, "rewrite testdata/sample_baseline.json")

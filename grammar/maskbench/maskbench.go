// Package maskbench replays MaskBench (JSONSchemaBench's mask benchmark)
// through the grammar package: each schema is compiled, each valid
// instance must be accepted token by token (every token inside the mask at
// its step, and the output complete at the end), each invalid instance
// must be rejected. It is shared by the grammar tests and `qwenkit schema
// bench`.
package maskbench

import (
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/qwenkit/qwenkit/grammar"
)

// Encoder tokenizes text in plain mode (no special-token recognition).
type Encoder interface {
	// Encode returns text's token ids; the tokenizer satisfies it.
	Encode(text string) []int
}

// FileResult is the outcome of one MaskBench file.
type FileResult struct {
	// File is the file's base name.
	File string `json:"file"`
	// Compiled says the schema compiled; if not, no instance was run.
	Compiled bool `json:"compiled"`
	// Error is why the file could not be read or its schema compiled.
	Error string `json:"error,omitempty"`
	// Valid counts the file's valid instances.
	Valid int `json:"valid"`
	// Invalid counts the file's invalid instances.
	Invalid int `json:"invalid"`
	// ValidRejected counts valid instances the grammar refused (too
	// strict).
	ValidRejected int `json:"valid_rejected"`
	// InvalidAccepted counts invalid instances the grammar let through
	// (too loose: the failure that matters most).
	InvalidAccepted int `json:"invalid_accepted"`
	// Passed is true when the schema compiled and no instance went the
	// wrong way.
	Passed bool `json:"passed"`
	// CompileMS is the schema's compile time in milliseconds.
	CompileMS float64 `json:"compile_ms"`
	// MaxMaskUS is the slowest single Mask call, in microseconds.
	MaxMaskUS float64 `json:"max_mask_us,omitempty"`
	// Mismatch counts tokens inside the mask that Accept refused (a bug).
	Mismatch int `json:"mismatch,omitempty"`
	// FirstFailure describes the first failing instance.
	FirstFailure string `json:"first_failure,omitempty"`
}

// Timings collects mask and compile times.
type Timings struct {
	// MaskUS is every Mask call's time in microseconds, in run order.
	MaskUS []float64
	// CompileMS is every compiled schema's compile time in milliseconds.
	CompileMS []float64
	// Clock, when set, replaces the wall clock for timing (e.g. the
	// thread's CPU time, which other processes on a loaded machine do not
	// inflate).
	Clock func() time.Duration
}

// clock returns the timing function of tm: its Clock or the wall clock.
func (tm *Timings) clock() func() time.Duration {
	if tm != nil && tm.Clock != nil {
		return tm.Clock
	}
	return func() time.Duration { return time.Duration(time.Now().UnixNano()) }
}

// Files lists the MaskBench files of dir, sorted; every > 1 keeps every
// n-th file.
func Files(dir string, every int) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".json") && !e.IsDir() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	if every > 1 {
		var keep []string
		for i, f := range out {
			if i%every == 0 {
				keep = append(keep, f)
			}
		}
		out = keep
	}
	return out, nil
}

// RunFile replays one file. Instances are written compactly with their
// keys in file order, tokenized by enc, and fed token by token.
func RunFile(path string, ix *grammar.Index, enc Encoder, o grammar.Options, tm *Timings) FileResult {
	r := FileResult{File: filepath.Base(path)}
	data, err := os.ReadFile(path)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	doc, err := grammar.ParseJSON(data)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	top, ok := doc.(*grammar.Object)
	if !ok {
		r.Error = "not an object"
		return r
	}
	schema, _ := top.Get("schema")
	now := tm.clock()
	st := now()
	g, err := grammar.CompileSchemaValue(ix, schema, o)
	r.CompileMS = float64((now() - st).Microseconds()) / 1000
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.Compiled = true
	if tm != nil {
		tm.CompileMS = append(tm.CompileMS, r.CompileMS)
	}
	tests, _ := top.Get("tests")
	ta, _ := tests.([]any)
	mask := make([]uint64, ix.MaskWords())
	for ti, tv := range ta {
		tc, ok := tv.(*grammar.Object)
		if !ok {
			continue
		}
		inst, _ := tc.Get("data")
		vv, _ := tc.Get("valid")
		valid, _ := vv.(bool)
		text := grammar.AppendJSON(nil, inst)
		toks := enc.Encode(string(text))
		m := g.NewMatcher()
		accepted := true
		why := ""
		for i, tok := range toks {
			t0 := now()
			m.Mask(mask)
			us := float64((now() - t0).Nanoseconds()) / 1000
			if us > r.MaxMaskUS {
				r.MaxMaskUS = us
			}
			if tm != nil {
				tm.MaskUS = append(tm.MaskUS, us)
			}
			in := mask[tok>>6]&(1<<(tok&63)) != 0
			err := m.Accept(tok)
			// a token outside the mask may still pass Accept when it leads
			// to a dead end the mask prunes (a key the object cannot take)
			if in && err != nil {
				r.Mismatch++
			}
			if !in || err != nil {
				accepted = false
				why = fmt.Sprintf("token %d (%q) at %d not allowed after %q", tok, ix.TokenBytes(tok), i, prefix(ix, toks[:i]))
				break
			}
		}
		if accepted && !m.Done() {
			accepted = false
			why = "output not complete at the end"
		}
		if valid {
			r.Valid++
			if !accepted {
				r.ValidRejected++
				if r.FirstFailure == "" {
					r.FirstFailure = fmt.Sprintf("valid instance %d rejected: %s", ti, why)
				}
			}
		} else {
			r.Invalid++
			if accepted {
				r.InvalidAccepted++
				if r.FirstFailure == "" {
					r.FirstFailure = fmt.Sprintf("invalid instance %d accepted: %s", ti, text)
				}
			}
		}
	}
	r.Passed = r.ValidRejected == 0 && r.InvalidAccepted == 0
	return r
}

func prefix(ix *grammar.Index, toks []int) string {
	var b []byte
	for _, t := range toks {
		b = append(b, ix.TokenBytes(t)...)
	}
	if len(b) > 80 {
		b = b[len(b)-80:]
	}
	return string(b)
}

// Percentile returns the p-th percentile (0..100) of xs (sorted in place).
func Percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	i := int(float64(len(xs)) * p / 100)
	if i >= len(xs) {
		i = len(xs) - 1
	}
	return xs[i]
}

// Summary is the aggregate of a run.
type Summary struct {
	// Schemas counts the files run.
	Schemas int `json:"schemas"`
	// Passed counts the files that compiled and passed.
	Passed int `json:"passed"`
	// CompileErrors counts the files whose schema did not compile.
	CompileErrors int `json:"compile_errors"`
	// Valid counts the valid instances of all files.
	Valid int `json:"valid"`
	// Invalid counts the invalid instances of all files.
	Invalid int `json:"invalid"`
	// ValidRejected counts valid instances refused, over all files.
	ValidRejected int `json:"valid_rejected"`
	// InvalidAccepted counts invalid instances let through, over all files.
	InvalidAccepted int `json:"invalid_accepted"`
	// Mismatch sums the files' Mismatch: tokens Mask allowed and Accept
	// refused.
	Mismatch int `json:"mismatch"`
	// MaskUS holds Mask-call percentiles in microseconds: "p50", "p90",
	// "p99", "max".
	MaskUS map[string]float64 `json:"mask_us"`
	// CompileMS holds compile-time percentiles in milliseconds: "p50",
	// "p99", "max".
	CompileMS map[string]float64 `json:"compile_ms"`
	// Masks counts the Mask calls timed.
	Masks int `json:"masks"`
}

// Summarize aggregates results and timings.
func Summarize(rs []FileResult, tm *Timings) Summary {
	var s Summary
	for _, r := range rs {
		s.Schemas++
		if r.Passed && r.Compiled {
			s.Passed++
		}
		if !r.Compiled {
			s.CompileErrors++
		}
		s.Valid += r.Valid
		s.Invalid += r.Invalid
		s.ValidRejected += r.ValidRejected
		s.InvalidAccepted += r.InvalidAccepted
		s.Mismatch += r.Mismatch
	}
	s.Masks = len(tm.MaskUS)
	s.MaskUS = map[string]float64{"p50": Percentile(tm.MaskUS, 50), "p90": Percentile(tm.MaskUS, 90), "p99": Percentile(tm.MaskUS, 99), "max": Percentile(tm.MaskUS, 100)}
	s.CompileMS = map[string]float64{"p50": Percentile(tm.CompileMS, 50), "p99": Percentile(tm.CompileMS, 99), "max": Percentile(tm.CompileMS, 100)}
	return s
}

// Popcount counts the tokens allowed by a mask.
func Popcount(mask []uint64) int {
	n := 0
	for _, w := range mask {
		n += bits.OnesCount64(w)
	}
	return n
}

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// TestBenchJSON runs a small bench on the tiny fixture and checks the JSON
// report: positive speeds, the threads and depth asked for, and a memory
// report that includes the file size.
func TestBenchJSON(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-q8_0.gguf")
	var out, errb bytes.Buffer
	if code := run([]string{"bench", "--model", model, "-p", "16", "-n", "4", "-t", "2", "-d", "8", "-r", "2", "--json", "--bandwidth=false", "--mapped"}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r struct {
		PP      *float64 `json:"pp_tok_s"`
		TG      *float64 `json:"tg_tok_s"`
		TTFT    *float64 `json:"ttft_ms"`
		Threads int      `json:"threads"`
		Depth   int      `json:"depth"`
		FileMB  float64  `json:"file_mb"`
		PeakRSS float64  `json:"peak_rss_mb"`
		Mapped  float64  `json:"mapped_rss_mb"`
		Huge    float64  `json:"mapped_huge_mb"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if r.PP == nil || *r.PP <= 0 || r.TG == nil || *r.TG <= 0 || r.TTFT == nil || *r.TTFT <= 0 {
		t.Errorf("speeds missing or not positive: %s", out.String())
	}
	if r.Threads != 2 || r.Depth != 8 {
		t.Errorf("threads %d depth %d, want 2 and 8", r.Threads, r.Depth)
	}
	if r.FileMB < 1 || r.PeakRSS <= 0 {
		t.Errorf("file %v MB, peak RSS %v MB", r.FileMB, r.PeakRSS)
	}
	// The weights read through the mapping are counted from /proc/self/smaps
	// (Linux): some, at most the file, and huge pages at most all of them.
	if runtime.GOOS == "linux" && (r.Mapped <= 0 || r.Mapped > r.FileMB+0.05 || r.Huge < 0 || r.Huge > r.Mapped) {
		t.Errorf("mapped %v MB (%v MB in huge pages) of a %v MB file", r.Mapped, r.Huge, r.FileMB)
	}
}

// TestBenchCopies checks how bench reports where the weights are read from.
// On Linux and a CPU with interleaved kernels for the fixture's Q8_0
// matrices: with --weight-cache= (no cache), a copy in memory of nearly the
// whole file (all but its header and norms), interleaved; with a cache
// directory, twice, the cache file mapped (written by the first run), no
// copy in memory and the same interleaved bytes; elsewhere, none of these.
// With --mapped, no copy and no cache.
func TestBenchCopies(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-q8_0.gguf")
	cache := filepath.Join(t.TempDir(), "weights")
	can := vecdot.Interleavable(quant.Q8_0) && runtime.GOOS == "linux"
	for _, tc := range []struct {
		flag          string
		copies, cache bool
	}{
		{"--weight-cache=", can, false},
		{"--weight-cache=" + cache, false, can},
		{"--weight-cache=" + cache, false, can},
		{"--mapped", false, false},
	} {
		args := []string{"bench", "--model", model, "-p", "8", "-n", "4", "-t", "2", "-r", "1", "--json", "--bandwidth=false", tc.flag}
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		var r struct {
			TG       float64 `json:"tg_tok_s"`
			FileMB   float64 `json:"file_mb"`
			CopiedMB float64 `json:"copied_mb"`
			IlMB     float64 `json:"interleaved_mb"`
			Cache    string  `json:"weight_cache"`
			CacheErr string  `json:"weight_cache_error"`
		}
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatalf("%v: %s", err, out.String())
		}
		il := tc.copies || tc.cache
		if r.TG <= 0 || (r.IlMB > 0) != il || (r.CopiedMB > 0) != tc.copies || (r.Cache != "") != tc.cache || r.CacheErr != "" || r.IlMB > r.FileMB {
			t.Errorf("%s: tg %v tok/s, copied %v MB, interleaved %v MB of a %v MB file, cache %q (%s); want a copy %v, a cache %v", tc.flag, r.TG, r.CopiedMB, r.IlMB, r.FileMB, r.Cache, r.CacheErr, tc.copies, tc.cache)
		}
		if tc.copies && r.CopiedMB < 0.9*r.FileMB {
			t.Errorf("copied %v MB of a %v MB file, want the weights, nearly all of it", r.CopiedMB, r.FileMB)
		}
		if tc.cache && filepath.Dir(r.Cache) != cache {
			t.Errorf("cache file %s is not in %s", r.Cache, cache)
		}
	}
	if _, err := os.Stat(cache); !can && !os.IsNotExist(err) {
		t.Errorf("no interleaved kernels, yet the cache directory exists (%v)", err)
	}
}

// TestBenchErrors checks that bad flags exit with status 2 and a message.
func TestBenchErrors(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-q8_0.gguf")
	for _, args := range [][]string{
		{"bench"},
		{"bench", "--model", model, "-p", "0", "-n", "0"},
		{"bench", "--model", model, "-r", "0"},
		{"bench", "--model", model, "-d", "5000"}, // beyond the 4096 context
		{"bench", "--model", model, "extra"},
	} {
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), "bench") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb.String())
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"bench", "--model", filepath.Join(t.TempDir(), "missing.gguf")}, nil, &out, &errb); code == 0 {
		t.Error("missing model accepted")
	}
}

// TestBenchBandwidth runs bench with the bandwidth probe on (its default)
// and checks the JSON report: a positive read rate over the probe's runs, a
// fastest run at least as fast, decode's weight rate in the measured runs and
// in those paired with the probe's, and the share the second is of the
// probe's rate.
func TestBenchBandwidth(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-q8_0.gguf")
	var out, errb bytes.Buffer
	if code := run([]string{"bench", "--model", model, "-p", "0", "-n", "4", "-t", "2", "-r", "2", "--json"}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r struct {
		Read   *float64 `json:"read_gb_s"`
		Best   *float64 `json:"read_best_gb_s"`
		TG     *float64 `json:"tg_weight_gb_s"`
		Paired *float64 `json:"paired_tg_weight_gb_s"`
		Share  *float64 `json:"bandwidth_share"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if r.Read == nil || r.Best == nil || r.TG == nil || r.Paired == nil || r.Share == nil ||
		!(*r.Read > 0 && *r.Best >= *r.Read && *r.TG > 0 && *r.Paired > 0) ||
		math.Abs(*r.Share - *r.Paired / *r.Read) > 0.01 {
		t.Fatalf("read %v, best %v, decode %v, paired decode %v GB/s, share %v: %s", r.Read, r.Best, r.TG, r.Paired, r.Share, out.String())
	}
}

// TestBandwidthRunsPeak checks that the peak memory bench reports leaves
// the probe's buffer out: after the peak is reset (Linux's clear_refs), a
// probe of 96 MiB raises the process's VmHWM by about that much, and
// peakKB stays below it by most of the buffer. It also checks that each
// repetition records one rate for each side, and that every step comes
// after one pass of the probe.
func TestBandwidthRunsPeak(t *testing.T) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Skipf("cannot reset the peak resident memory here: %v", err)
	}
	const size = 96 << 20
	b := &bandwidthRuns{threads: 2, size: size}
	steps := 0
	step := func() error {
		// The probe's buffer exists before the first step, and one more
		// pass has been timed before each: nothing is recorded until the
		// repetition ends.
		if b.probe == nil || len(b.gbs) != steps/3 {
			t.Errorf("step %d: probe %v, %d rates recorded", steps, b.probe != nil, len(b.gbs))
		}
		steps++
		return nil
	}
	for range 2 {
		if err := b.run(3, step); err != nil {
			t.Fatal(err)
		}
	}
	b.close()
	if steps != 6 || len(b.gbs) != 2 || len(b.decode) != 2 {
		t.Fatalf("%d steps, %d probe and %d decode rates for 2 repetitions of 3 steps", steps, len(b.gbs), len(b.decode))
	}
	boom := errors.New("boom")
	failing := &bandwidthRuns{threads: 1, size: 1 << 20}
	err := failing.run(2, func() error { return boom })
	failing.close()
	if err != boom || failing.gbs != nil {
		t.Fatalf("run returned %v and recorded %v, want the step's error and nothing", err, failing.gbs)
	}
	mean, best := b.rates()
	if !(mean > 0 && best >= mean) {
		t.Fatalf("rates %v, %v", mean, best)
	}
	hwm, peak := procStatusKB("VmHWM"), b.peakKB()
	if peak <= 0 || peak > hwm-size/1024*3/4 {
		t.Fatalf("reported peak %d kB with the probe's %d kB buffer behind a VmHWM of %d kB", peak, size/1024, hwm)
	}
	var none *bandwidthRuns
	if err := none.run(2, func() error { t.Error("a nil bandwidthRuns ran a step"); return nil }); err != nil {
		t.Fatal(err)
	}
	none.close()
	if m, b := none.rates(); m != 0 || b != 0 || none.peakKB() != procStatusKB("VmHWM") {
		t.Fatal("a nil bandwidthRuns measured something")
	}
}

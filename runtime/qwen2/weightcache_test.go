package qwen2

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/runtime/synth"
)

// cacheLogits returns m's prefill logits for tokens and each decode step's
// (the interleaved products, where m has them).
func cacheLogits(t *testing.T, m *Model, tokens []int) [][]float32 {
	t.Helper()
	got, err := m.Forward(m.NewCache(0), tokens, true)
	if err != nil {
		t.Fatal(err)
	}
	return append(got, decodeSteps(t, m, tokens)...)
}

// sameLogits fails unless a and b are equal bit for bit.
func sameLogits(t *testing.T, what string, a, b [][]float32) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%s: %d rows of logits, want %d", what, len(a), len(b))
	}
	for i := range a {
		if !slices.Equal(a[i], b[i]) {
			t.Fatalf("%s: row %d differs from the in-memory copy's (max |Δ| %.3g)", what, i, rowsDiff(a[i:i+1], b[i:i+1]))
		}
	}
}

// TestWeightCache loads a one-layer Q4_0 model of the Qwen2.5-0.5B shape
// with Options.CacheDir: the first load must write the cache file (header
// plus the copy's bytes) and map it instead of keeping an in-memory copy,
// the second must map the same file without writing it again, and a model
// file modified since, a truncated cache or a damaged header must make the
// load write a new one. A file system that reports too little free space
// (no file may then be written) or a cache directory that cannot be created
// must leave the model on its in-memory copy with the reason in
// WeightCache. Every
// load's prefill and decode logits must equal the in-memory copy's bit for
// bit. Where this CPU interleaves nothing, no cache may be written.
func TestWeightCache(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	if err := synth.Write(path, synth.Options{Shape: "qwen2.5-0.5b", Type: "q4_0", Layers: 1, Vocab: 384, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	tokens := []int{3, 141, 59, 26, 5}
	ref, err := LoadWith(path, Options{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := cacheLogits(t, ref, tokens)
	copied := ref.CopiedBytes()
	ref.Close()

	cache := filepath.Join(dir, "cache")
	load := func(what string, o Options) (*Model, string, error) {
		t.Helper()
		o.Threads = 2
		m, err := LoadWith(path, o)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		t.Cleanup(func() { m.Close() })
		sameLogits(t, what, cacheLogits(t, m, tokens), want)
		name, why := m.WeightCache()
		return m, name, why
	}
	m, name, why := load("first load", Options{CacheDir: cache})
	if copied == 0 {
		if name != "" || why != nil {
			t.Fatalf("nothing to copy on this CPU, yet WeightCache = %q, %v", name, why)
		}
		if _, err := os.Stat(cache); !os.IsNotExist(err) {
			t.Fatalf("nothing to copy on this CPU, yet the cache directory exists (%v)", err)
		}
		return
	}
	if why != nil || name == "" {
		t.Fatalf("first load: WeightCache = %q, %v", name, why)
	}
	if !strings.HasPrefix(name, cache+string(filepath.Separator)) {
		t.Fatalf("cache file %s is not in %s", name, cache)
	}
	if m.CopiedBytes() != 0 {
		t.Fatalf("first load: %d bytes copied in memory, want the mapped cache file", m.CopiedBytes())
	}
	st1, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if st1.Size() <= copied || st1.Size()-copied > cacheAlign*4 {
		t.Fatalf("cache file of %d bytes for a copy of %d", st1.Size(), copied)
	}

	_, name2, why := load("second load", Options{CacheDir: cache})
	if why != nil || name2 != name {
		t.Fatalf("second load: WeightCache = %q, %v; want %q", name2, why, name)
	}
	st2, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(st1, st2) || !st2.ModTime().Equal(st1.ModTime()) {
		t.Fatal("second load wrote the cache file again")
	}

	rewritten := func(what string, prev os.FileInfo) os.FileInfo {
		t.Helper()
		_, n, why := load(what, Options{CacheDir: cache})
		if why != nil || n != name {
			t.Fatalf("%s: WeightCache = %q, %v", what, n, why)
		}
		st, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if os.SameFile(prev, st) || st.Size() != st1.Size() {
			t.Fatalf("%s: the cache file was not written again (%d bytes)", what, st.Size())
		}
		return st
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	st := rewritten("model file modified", st2)
	if err := os.Truncate(name, st.Size()-1); err != nil {
		t.Fatal(err)
	}
	st = rewritten("cache truncated", st)
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	b[16] ^= 1 // vecdot.GroupRows
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	rewritten("header damaged", st)
	if tmp, _ := filepath.Glob(filepath.Join(cache, "*.tmp")); len(tmp) > 0 {
		t.Fatalf("temporary files left: %v", tmp)
	}

	full := filepath.Join(dir, "full")
	mf, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	noRoom := func(string) (int64, bool) { return int64(copied), true }
	if err := mf.interleaveCached(path, full, func() (int64, bool) { return 0, false }, noRoom); err != nil {
		t.Fatal(err)
	}
	if n, why := mf.WeightCache(); n != "" || why == nil || !strings.Contains(why.Error(), "bytes free") || mf.CopiedBytes() != copied {
		t.Fatalf("no room for the cache: WeightCache = %q, %v; %d bytes copied in memory, want %d", n, why, mf.CopiedBytes(), copied)
	}
	sameLogits(t, "no room for the cache", cacheLogits(t, mf, tokens), want)
	if left, _ := filepath.Glob(filepath.Join(full, "*")); len(left) > 0 {
		t.Fatalf("no room for the cache, yet files were written: %v", left)
	}

	blocked := filepath.Join(dir, "not-a-dir")
	if err := os.WriteFile(blocked, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	m, name3, why := load("cache directory blocked", Options{CacheDir: blocked})
	if name3 != "" || why == nil || !strings.Contains(why.Error(), blocked) {
		t.Fatalf("blocked cache directory: WeightCache = %q, %v; want the reason, naming %s", name3, why, blocked)
	}
	if m.CopiedBytes() != copied {
		t.Fatalf("blocked cache directory: %d bytes copied in memory, want %d", m.CopiedBytes(), copied)
	}
}

// TestWeightCacheConcurrentLoads loads the same model with the same empty
// cache directory on four goroutines at once: each must end with the cache
// file mapped (whichever write won) or its own copy, the same logits, and no
// temporary file left behind.
func TestWeightCacheConcurrentLoads(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	if err := synth.Write(path, synth.Options{Shape: "qwen2.5-0.5b", Type: "q4_0", Layers: 1, Vocab: 384, Seed: 6}); err != nil {
		t.Fatal(err)
	}
	tokens := []int{9, 8, 7}
	ref, err := LoadWith(path, Options{Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := cacheLogits(t, ref, tokens)
	ref.Close()
	cache := filepath.Join(dir, "cache")
	var wg sync.WaitGroup
	ms := make([]*Model, 4)
	errs := make([]error, 4)
	for i := range ms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ms[i], errs[i] = LoadWith(path, Options{Threads: 1, CacheDir: cache})
		}()
	}
	wg.Wait()
	for i, m := range ms {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		defer m.Close()
		if _, why := m.WeightCache(); why != nil {
			t.Errorf("load %d: %v", i, why)
		}
		sameLogits(t, "concurrent load", cacheLogits(t, m, tokens), want)
	}
	if tmp, _ := filepath.Glob(filepath.Join(cache, "*.tmp")); len(tmp) > 0 {
		t.Fatalf("temporary files left: %v", tmp)
	}
}

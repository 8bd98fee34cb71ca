package sdk

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// The default model is made once into its cache folder, named by its recipe,
// and only opened afterwards; it carries Qwen2.5's vocabulary and ChatML
// tokens.
func TestDefaultModel(t *testing.T) {
	path := synthQwen(t)
	tok, err := tokenizer.Qwen25()
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(path) != defaultName(tok) {
		t.Fatalf("made %s, want %s", path, defaultName(tok))
	}
	entries, err := os.ReadDir(synthDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("cache folder holds %d entries (temporary files left?), want 1", len(entries))
	}
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := openDefaultIn(synthDir, WithContext(1000))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	after, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !after.ModTime().Equal(before.ModTime()) || !os.SameFile(before, after) {
		t.Fatal("the cached model was written again")
	}
	if l.ContextLength() != 1000 || l.vocab != 151665 || l.MemoryPerToken() != 2*1*32*4 || l.toolOpen < 0 || l.toolClose < 0 {
		t.Fatalf("context %d, vocab %d, %d bytes per token, <tool_call> %d %d", l.ContextLength(), l.vocab, l.MemoryPerToken(), l.toolOpen, l.toolClose)
	}
	r, err := Complete(context.Background(), l, Request{Messages: userMsg("Hi"), MaxTokens: 8})
	if err != nil {
		t.Fatal(err)
	}
	if r.Usage.CompletionTokens == 0 || r.Usage.CompletionTokens > 8 {
		t.Fatalf("%+v", r.Usage)
	}
}

// A damaged cached file is made again, identical to a fresh one.
func TestDefaultModelRemade(t *testing.T) {
	good, err := os.ReadFile(synthQwen(t))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.Qwen25()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, defaultName(tok))
	// A killed maker's temporary file goes once it is old; a fresh one
	// (another maker at work) stays.
	old, fresh := filepath.Join(dir, "."+defaultName(tok)+".tmp123"), filepath.Join(dir, "."+defaultName(tok)+".tmp456")
	for _, p := range []string{old, fresh} {
		if err := os.WriteFile(p, []byte("partial"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chtimes(old, time.Now().Add(-2*time.Hour), time.Now().Add(-2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("GGUF, but not really"), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	l, err := openDefaultIn(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("default model made and opened in %v", time.Since(start))
	l.Close()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, good) {
		t.Fatalf("remade file differs from the first (%d and %d bytes)", len(got), len(good))
	}
	if _, err := os.Stat(old); err == nil {
		t.Error("stale temporary file kept")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temporary file removed: %v", err)
	}
}

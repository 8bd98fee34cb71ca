package qwen2

import (
	"path/filepath"
	"sync"
	"testing"
)

// TestConcurrentForward runs one model on several caches at once (run it
// with -race): each goroutine must get the logits a lone run gets.
func TestConcurrentForward(t *testing.T) {
	m, err := Load(filepath.Join(modelsDir(t), "tiny-moe-q8_0.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	tokens := referenceLogits(t, "tiny-moe-q8_0.gguf")[2].Tokens
	decode := func() ([][]float32, error) {
		c := m.NewCache(0)
		var rows [][]float32
		for _, tok := range tokens {
			row, err := m.Forward(c, []int{tok}, false)
			if err != nil {
				return nil, err
			}
			rows = append(rows, row[0])
		}
		return rows, nil
	}
	want, err := decode()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([][][]float32, 4)
	for g := range got {
		wg.Go(func() {
			var err error
			if got[g], err = decode(); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for g := range got {
		if len(got[g]) != len(want) || rowsDiff(got[g], want) != 0 {
			t.Errorf("goroutine %d: logits differ from a lone run", g)
		}
	}
}

// BenchmarkDecode measures one decoded token (with a 40-token context) on
// the tiny Q4_K fixture: the per-token overhead of the forward pass.
func BenchmarkDecode(b *testing.B) {
	m, err := Load(filepath.Join(modelsDir(b), "tiny-q4_k.gguf"))
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	tokens := referenceLogits(b, "tiny-q4_k.gguf")[2].Tokens
	c := m.NewCache(0)
	if _, err := m.Forward(c, tokens, false); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		c.Truncate(len(tokens) - 1)
		if _, err := m.Forward(c, tokens[len(tokens)-1:], false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrefill measures a 40-token prefill on the tiny Q4_K fixture.
func BenchmarkPrefill(b *testing.B) {
	m, err := Load(filepath.Join(modelsDir(b), "tiny-q4_k.gguf"))
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	tokens := referenceLogits(b, "tiny-q4_k.gguf")[2].Tokens
	c := m.NewCache(0)
	b.ReportAllocs()
	for b.Loop() {
		c.Truncate(0)
		if _, err := m.Forward(c, tokens, false); err != nil {
			b.Fatal(err)
		}
	}
}

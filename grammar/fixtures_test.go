package grammar

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// fixtures finds ../shared/fixtures beside the repository root.
func fixtures(t testing.TB) string { return fixturedir.Path(t) }

var (
	qwenOnce sync.Once
	qwenTok  *tokenizer.Tokenizer
	qwenIx   *Index
	qwenErr  error
)

// qwen returns Qwen2.5's tokenizer and its prepared Index (built once).
func qwen(t testing.TB) (*tokenizer.Tokenizer, *Index) {
	t.Helper()
	qwenOnce.Do(func() {
		qwenTok, qwenErr = tokenizer.LoadFile(filepath.Join(fixtures(t), "tokenizer", "tokenizer.json"))
		if qwenErr == nil {
			qwenIx, qwenErr = NewIndex(qwenTok)
		}
	})
	if qwenErr != nil {
		t.Fatal(qwenErr)
	}
	return qwenTok, qwenIx
}

func readFile(t testing.TB, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

package tokenizer

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
)

// fixtureDir returns the shared tokenizer fixtures folder beside the checkout.
func fixtureDir(t testing.TB) string { return fixturedir.Path(t, "tokenizer") }

type golden struct {
	Text    string `json:"text"`
	Plain   []int  `json:"plain"`
	Special []int  `json:"special"`
}

func readGoldens(t testing.TB, name string) []golden {
	t.Helper()
	f, err := os.Open(filepath.Join(fixtureDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []golden
	dec := json.NewDecoder(bufio.NewReader(f))
	for dec.More() {
		var g golden
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, g)
	}
	return out
}

var (
	refOnce sync.Once
	refTok  *Tokenizer
	refErr  error
)

// qwenJSON loads the fixture tokenizer.json once per test binary.
func qwenJSON(t testing.TB) *Tokenizer {
	t.Helper()
	refOnce.Do(func() {
		refTok, refErr = LoadFile(filepath.Join(fixtureDir(t), "tokenizer.json"))
	})
	if refErr != nil {
		t.Fatal(refErr)
	}
	return refTok
}

package fixturedir

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPath(t *testing.T) {
	p := Path(t, "models", "README.md")
	if filepath.Base(filepath.Dir(filepath.Dir(p))) != "fixtures" {
		t.Errorf("Path = %s, want .../fixtures/models/README.md", p)
	}
	if _, err := os.Stat(p); err != nil {
		t.Error(err)
	}
	// The repository root's parent holds shared/: from this package, two
	// levels up and then "../shared".
	want, _ := filepath.Abs(filepath.Join("..", "..", "..", "shared", "fixtures"))
	if got := Path(t); got != want {
		t.Errorf("Path() = %s, want %s", got, want)
	}
}

// Package fixturedir finds the project's read-only test data for the tests
// of any package: the shared/fixtures folder that sits beside the repository
// root (see DEVELOPERS.md, "Test data"). Tests read the files in place.
package fixturedir

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns shared/fixtures joined with elem, found by walking up from the
// working directory (a test runs in its package's folder) to the first folder
// that holds shared/fixtures. It fails the test when there is none, or when
// the joined path does not exist. The cost is a few stat calls.
func Path(t testing.TB, elem ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		root := filepath.Join(dir, "shared", "fixtures")
		if st, err := os.Stat(root); err == nil && st.IsDir() {
			p := filepath.Join(append([]string{root}, elem...)...)
			if _, err := os.Stat(p); err != nil {
				t.Fatalf("fixture: %v", err)
			}
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("shared/fixtures not found in any folder above the working directory")
		}
		dir = parent
	}
}

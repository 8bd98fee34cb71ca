package main

import (
	"fmt"
	"os"
	"testing"

	"github.com/qwenkit/qwenkit/sdk"
)

// TestMain points the commands' cache folder ($QWENKIT_CACHE_DIR: the
// built-in default model and, by default, the weight cache) at a temporary
// folder, so that the tests never write into the user's.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "qwenkit-cmd-cache-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv(sdk.CacheDirEnv, dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

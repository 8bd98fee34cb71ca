package sdk

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/qwenkit/qwenkit/runtime/qwen2"
	"github.com/qwenkit/qwenkit/runtime/synth"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// The built-in default model: runtime/synth's "micro" shape (one layer,
// hidden size 64, 2 attention heads of 32, 1 KV head, feed-forward 128,
// context 4096), Q8_0 weights drawn from a fixed seed, carrying Qwen2.5's
// real vocabulary (tokenizer.Qwen25, embedded in the binary): 151,680
// embedding rows, <tool_call> and the ChatML tokens included. About 16 MB on
// disk (10 MB of weights, the rest the vocabulary); each token costs about
// 10 million multiply-adds, nearly all of them the output matrix.
const (
	defaultShape  = "micro"
	defaultLayers = 1
	defaultType   = "q8_0"
	defaultSeed   = 2025
	// defaultFormat changes when the recipe above (or synth's weights)
	// would give a different file, so an old cached copy is not reused.
	defaultFormat = 1
)

// OpenDefault opens qwenkit's built-in default model, for trying the SDK,
// the examples and the command line without downloading a model.
//
// It is a tiny random-weight Qwen2 model (one layer, hidden size 64, Q8_0)
// that carries Qwen2.5's real vocabulary and chat tokens: it runs the whole
// pipeline (chat template, tokenizer, sampling, KV-cache reuse, grammar) at
// well over a hundred tokens per second, but its text is nonsense. Its
// structured output is not: under a response format or tool choice, every
// value it writes matches the schema and every tool call is well formed,
// because the grammar allows nothing else. Use Open with a real Qwen2.5
// GGUF file for meaningful answers.
//
// The model is made on first use (deterministically, from a fixed seed:
// about 10 million weights, well under a second) and cached as a file in the
// user's cache directory (os.UserCacheDir()/qwenkit, or os.TempDir()/qwenkit
// when there is none; the environment variable QWENKIT_CACHE_DIR, when set,
// names the folder instead), named by a hash of its recipe and vocabulary, so later
// calls only map it. The file is written to a temporary name and renamed
// into place, so processes racing to make it are safe: each renames a
// complete, identical file. opts are Open's (WithContext, WithCachePool);
// the default model's weights are always read in place from the mapped
// file, as WithMappedWeights would have them.
func OpenDefault(opts ...Option) (*Local, error) {
	dir, err := defaultCacheDir()
	if err != nil {
		return nil, err
	}
	return openDefaultIn(dir, opts...)
}

// DefaultModelPath makes the built-in default model if it is not cached yet
// and returns the path of its GGUF file (see OpenDefault).
func DefaultModelPath() (string, error) {
	dir, err := defaultCacheDir()
	if err != nil {
		return "", err
	}
	tok, err := tokenizer.Qwen25()
	if err != nil {
		return "", fmt.Errorf("sdk: default model: %w", err)
	}
	return ensureDefault(dir, tok)
}

// CacheDirEnv names the environment variable that, when set, is the folder
// the default model is cached in (tests and read-only home folders use it).
const CacheDirEnv = "QWENKIT_CACHE_DIR"

// defaultCacheDir returns (creating it) the folder the default model is
// cached in.
func defaultCacheDir() (string, error) {
	if dir := os.Getenv(CacheDirEnv); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", fmt.Errorf("sdk: default model: %s=%s: %w", CacheDirEnv, dir, err)
		}
		return dir, nil
	}
	var tried []error
	if base, err := os.UserCacheDir(); err == nil {
		dir := filepath.Join(base, "qwenkit")
		if err := os.MkdirAll(dir, 0o755); err == nil {
			return dir, nil
		} else {
			tried = append(tried, err)
		}
	}
	dir := filepath.Join(os.TempDir(), "qwenkit")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("sdk: default model: no cache folder: %w", errors.Join(append(tried, err)...))
	}
	return dir, nil
}

// openDefaultIn opens the default model cached in dir, making it first when
// it is missing (or unreadable: then it is made again, once).
func openDefaultIn(dir string, opts ...Option) (*Local, error) {
	tok, err := tokenizer.Qwen25()
	if err != nil {
		return nil, fmt.Errorf("sdk: default model: %w", err)
	}
	path, err := ensureDefault(dir, tok)
	if err != nil {
		return nil, err
	}
	m, err := qwen2.Load(path)
	if err != nil {
		// A damaged cached copy (the file was written whole, so only a
		// change outside qwenkit does this): make it again.
		if rerr := os.Remove(path); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			return nil, fmt.Errorf("sdk: default model %s: %w (and it cannot be removed: %v)", path, err, rerr)
		}
		if path, err = ensureDefault(dir, tok); err != nil {
			return nil, err
		}
		if m, err = qwen2.Load(path); err != nil {
			return nil, fmt.Errorf("sdk: default model %s: %w", path, err)
		}
	}
	return openLoaded(m, tok, path, opts)
}

// defaultOptions is the recipe of the default model.
func defaultOptions(tok *tokenizer.Tokenizer) synth.Options {
	return synth.Options{Shape: defaultShape, Type: defaultType, Seed: defaultSeed, Layers: defaultLayers, Vocabulary: tok}
}

// defaultName names the cached file by a hash of the recipe and the
// vocabulary (tokens and merges), so a change to either gives a new file.
func defaultName(tok *tokenizer.Tokenizer) string {
	h := sha256.New()
	fmt.Fprintf(h, "qwenkit default model %d %s %s %d %d\x00", defaultFormat, defaultShape, defaultType, defaultSeed, defaultLayers)
	for _, s := range tok.Tokens() {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write([]byte{1})
	for _, s := range tok.Merges() {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "default-" + hex.EncodeToString(h.Sum(nil)[:8]) + ".gguf"
}

// ensureDefault returns the path of the default model in dir, writing it
// when it is not there. synth.Write writes a temporary file and renames it.
func ensureDefault(dir string, tok *tokenizer.Tokenizer) (string, error) {
	path := filepath.Join(dir, defaultName(tok))
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		return path, nil
	}
	removeStale(dir)
	if err := synth.Write(path, defaultOptions(tok)); err != nil {
		return "", fmt.Errorf("sdk: making the default model %s: %w", path, err)
	}
	return path, nil
}

// removeStale deletes temporary files that a maker killed while writing
// left behind (synth writes ".NAME.tmp*" beside the file), once they are an
// hour old: a maker still at work is never that slow.
func removeStale(dir string) {
	tmps, _ := filepath.Glob(filepath.Join(dir, ".default-*.gguf.tmp*"))
	for _, p := range tmps {
		if st, err := os.Stat(p); err == nil && time.Since(st.ModTime()) > time.Hour {
			os.Remove(p)
		}
	}
}

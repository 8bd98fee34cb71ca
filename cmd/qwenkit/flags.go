package main

import (
	"flag"
	"os"
	"path/filepath"

	"github.com/qwenkit/qwenkit/runtime/qwen2"
	"github.com/qwenkit/qwenkit/sdk"
)

// modelFlag registers a command's --model flag and its shorthand -m (the
// flag llama.cpp's tools take) on fs; both set the returned path.
func modelFlag(fs *flag.FlagSet, usage string) *string {
	model := fs.String("model", "", usage)
	fs.StringVar(model, "m", "", "shorthand for --model")
	return model
}

// weightFlags are the --mapped and --weight-cache flags of the commands that
// load a model: where its weights are read from.
type weightFlags struct {
	mapped   bool
	cacheDir string
}

// weightCacheUsage is the help of the --weight-cache flag.
const weightCacheUsage = "directory of the weight cache (qwen2.Options.CacheDir): the copy made at load (see --mapped) is written there once, about the model file's size, and later loads map it read-only instead of copying; empty: no cache, the copy stays in anonymous memory"

// addWeightFlags registers --mapped and --weight-cache on fs. The cache's
// default is the weights folder of the folder that holds the built-in
// default model: $QWENKIT_CACHE_DIR (sdk.CacheDirEnv) when set, else
// qwenkit in the user's cache directory (os.UserCacheDir: $XDG_CACHE_HOME
// or ~/.cache on Linux); none where there is no such directory (the
// default model's fallback, the temporary directory, may be memory).
func addWeightFlags(fs *flag.FlagSet) *weightFlags {
	w := &weightFlags{}
	fs.BoolVar(&w.mapped, "mapped", false, mappedUsage)
	def := ""
	if dir := os.Getenv(sdk.CacheDirEnv); dir != "" {
		def = filepath.Join(dir, "weights")
	} else if dir, err := os.UserCacheDir(); err == nil {
		def = filepath.Join(dir, "qwenkit", "weights")
	}
	fs.StringVar(&w.cacheDir, "weight-cache", def, weightCacheUsage)
	return w
}

// options returns the load options the flags ask for.
func (w weightFlags) options() qwen2.Options {
	return qwen2.Options{Mapped: w.mapped, CacheDir: w.cacheDir}
}

// sdkOptions returns the sdk options the flags ask for.
func (w weightFlags) sdkOptions() []sdk.Option {
	var opts []sdk.Option
	if w.mapped {
		opts = append(opts, sdk.WithMappedWeights())
	}
	if w.cacheDir != "" {
		opts = append(opts, sdk.WithWeightCache(w.cacheDir))
	}
	return opts
}

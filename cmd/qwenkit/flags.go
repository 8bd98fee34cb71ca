package main

import "flag"

// modelFlag registers a command's --model flag and its shorthand -m (the
// flag llama.cpp's tools take) on fs; both set the returned path.
func modelFlag(fs *flag.FlagSet, usage string) *string {
	model := fs.String("model", "", usage)
	fs.StringVar(model, "m", "", "shorthand for --model")
	return model
}

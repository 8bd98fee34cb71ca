package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

// templateCommand renders conversations with Qwen2.5's chat template.
var templateCommand = command{
	summary: "render chat JSONL (messages, tools) with Qwen2.5's template",
	run:     runTemplate,
}

type templateIn struct {
	Messages            []chat.Message  `json:"messages"`
	Tools               []chat.ToolSpec `json:"tools"`
	AddGenerationPrompt bool            `json:"add_generation_prompt"`
}

type templateOut struct {
	Rendered string `json:"rendered"`
	IDs      []int  `json:"ids,omitempty"`
}

func runTemplate(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tokPath := fs.String("tokenizer", "", "tokenizer (a .gguf, a tokenizer.json or a model folder) for the ids; without it only the text is written")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit template [--tokenizer PATH] < in.jsonl > out.jsonl

Reads one JSON object per line, {"messages": [...], "tools": [...] or null,
"add_generation_prompt": bool}, and writes one line per input,
{"rendered": "...", "ids": [...]}, the ids only with --tokenizer. Message
contents are tokenized as plain text: only the template writes control tokens.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	var tok *tokenizer.Tokenizer
	if *tokPath != "" {
		var err error
		if tok, err = tokenizer.LoadFile(*tokPath); err != nil {
			return err
		}
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := forEachRecord(stdin, func(in *templateIn) error {
		p, err := chatml.Render(in.Messages, chatml.Options{Tools: in.Tools, AddGenerationPrompt: in.AddGenerationPrompt})
		if err != nil {
			return err
		}
		out := templateOut{Rendered: p.String()}
		if tok != nil {
			if out.IDs, err = p.Tokens(tok); err != nil {
				return err
			}
		}
		return enc.Encode(out)
	})
	// The records before an error are written too; a failed write of
	// stdout is an error of its own.
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("stdout: %w", ferr)
	}
	return err
}

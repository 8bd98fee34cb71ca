package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/qwenkit/qwenkit/grammar"
	"github.com/qwenkit/qwenkit/schema"
	"github.com/qwenkit/qwenkit/sdk"
)

// extractCommand takes a JSON value matching a schema from a document.
var extractCommand = command{
	summary: "extract a JSON value matching a schema from a document on standard input",
	run:     runExtract,
}

// Exit statuses of extract beyond 0 (a valid value printed), 1 (other
// errors) and 2 (usage).
const (
	exitSchemaUnenforceable = 3
	exitTokenLimit          = 4
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := modelFlag(fs, "model: a GGUF file or a Hugging Face folder (default: the built-in default model)")
	tok := fs.String("tokenizer", "", "tokenizer file or folder, if not the model's own")
	schemaPath := fs.String("schema", "", "JSON Schema file the value must match (required)")
	instructions := fs.String("instructions", "Extract the information from the document.", "what to extract, in words")
	seed := fs.Uint64("seed", 0, "sampling seed")
	temp := fs.Float64("temperature", 0, "sampling temperature (0: greedy)")
	maxTokens := fs.Int("max-tokens", 1024, "maximum tokens of the reply (of each chunk's reply with --chunk-tokens)")
	chunk := fs.Int("chunk-tokens", 0, "split a long document into chunks of this many tokens, extract from each, and merge (0: one request)")
	ctxLen := fs.Int("context", 0, "context window in tokens (0: the model's)")
	wf := addWeightFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit extract [--model FILE] --schema FILE [flags] < document

Reads a document on standard input and prints, on one line, the JSON value
the model takes from it: the grammar makes the model write only values that
match the schema, and the value is validated before it is printed, so what is
printed is always valid. Exit status: 0 a value was printed; 3 the schema
cannot be enforced (the reason is printed); 4 the token limit came before the
value was complete (nothing is printed); 2 usage; 1 any other error.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if *schemaPath == "" {
		fs.Usage()
		return &exitError{code: 2, err: errors.New("--schema is required")}
	}
	if *maxTokens <= 0 || *chunk < 0 {
		return &exitError{code: 2, err: fmt.Errorf("--max-tokens must be positive and --chunk-tokens not negative")}
	}
	sampling := sdk.Sampling{Temperature: *temp, Seed: *seed}
	if err := sampling.Validate(); err != nil {
		return &exitError{code: 2, err: err}
	}
	raw, err := os.ReadFile(*schemaPath)
	if err != nil {
		return err
	}
	v, err := schema.Compile(raw)
	if err != nil {
		return &exitError{code: exitSchemaUnenforceable, err: fmt.Errorf("%s: %w", *schemaPath, err)}
	}
	doc, err := io.ReadAll(stdin)
	if err != nil {
		return fmt.Errorf("reading the document: %w", err)
	}
	l, err := openEngine(*model, *tok, *ctxLen, *wf, stderr)
	if err != nil {
		return err
	}
	defer l.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts := []sdk.RequestOption{sdk.WithMaxTokens(*maxTokens), sdk.WithSampling(sampling)}
	if *chunk > 0 {
		opts = append(opts, sdk.WithChunks(*chunk))
	}
	out, err := sdk.ExtractJSON(ctx, l, *instructions, string(doc), raw, opts...)
	var ce *grammar.CompileError
	var ee *sdk.ExtractError
	switch {
	case errors.As(err, &ce) || errors.Is(err, grammar.ErrBudget):
		return &exitError{code: exitSchemaUnenforceable, err: fmt.Errorf("%s cannot be enforced: %w", *schemaPath, err)}
	case errors.As(err, &ee) && ee.Reason == sdk.FinishLength:
		return &exitError{code: exitTokenLimit, err: fmt.Errorf("the value was not complete after --max-tokens %d tokens; nothing printed", *maxTokens)}
	case errors.Is(err, sdk.ErrContextOverflow):
		return fmt.Errorf("%w (--chunk-tokens N processes the document in pieces)", err)
	case err != nil:
		return err
	}
	// ExtractJSON validated the value; check again here, so that nothing
	// this command prints is ever invalid.
	if err := v.Validate(out); err != nil || !json.Valid(out) {
		return fmt.Errorf("internal error: the extracted value does not validate: %v", err)
	}
	_, err = fmt.Fprintf(stdout, "%s\n", out)
	return err
}

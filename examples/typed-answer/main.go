// Command typed-answer asks a local Qwen2.5 model a question whose answer is
// a Go struct: the model may use the python sandbox on the way, and its
// final reply is constrained to the struct's JSON Schema and decoded.
//
//	go run ./examples/typed-answer -model qwen2.5-7b-instruct-q4_k_m.gguf
package main

import (
	"context"
	"flag"
	"fmt"
	"log"

	"github.com/qwenkit/qwenkit/agent"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools/python"
)

// Answer is the shape of the reply.
type Answer struct {
	Primes []int  `json:"primes" jsonschema:"description=The primes found,maxItems=20"`
	Sum    int    `json:"sum"`
	Note   string `json:"note,omitempty"`
}

func main() {
	model := flag.String("model", "", "a Qwen2.5 instruct model: GGUF file or Hugging Face folder")
	flag.Parse()
	if *model == "" {
		log.Fatal("usage: typed-answer -model FILE")
	}
	engine, err := sdk.Open(*model)
	if err != nil {
		log.Fatal(err)
	}
	defer engine.Close()
	py, err := python.NewTool(python.Options{})
	if err != nil {
		log.Fatal(err)
	}
	a, res, err := agent.RunTyped[Answer](context.Background(), engine,
		"List the primes between 100 and 150 and their sum. Use python to compute them.",
		agent.WithTools(py), agent.WithMaxSteps(6))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("primes %v, sum %d (%d steps)\n", a.Primes, a.Sum, res.Steps)
}

package sdk_test

import (
	"context"
	"fmt"
	"log"

	"github.com/qwenkit/qwenkit/sdk"
)

// The built-in default model needs no file: it is made on first use and
// cached. Its words are nonsense, but the value Extract returns always
// matches the type's schema.
func ExampleOpenDefault() {
	engine, err := sdk.OpenDefault()
	if err != nil {
		log.Fatal(err)
	}
	defer engine.Close()
	type Invoice struct {
		Number string  `json:"number" jsonschema:"maxLength=20"`
		Total  float64 `json:"total"`
	}
	inv, err := sdk.Extract[Invoice](context.Background(), engine, "Extract the invoice.", "Invoice A-17, total 99.50 EUR",
		sdk.WithMaxTokens(200))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", inv)
}

// A document longer than the context window is extracted chunk by chunk and
// the values merged: here the names of every chunk end up in one list.
func ExampleWithChunks() {
	engine, err := sdk.OpenDefault(sdk.WithContext(2048))
	if err != nil {
		log.Fatal(err)
	}
	defer engine.Close()
	type People struct {
		Names []string `json:"names" jsonschema:"maxItems=50"`
	}
	var longDocument string // a long text
	people, err := sdk.Extract[People](context.Background(), engine, "List every person named.", longDocument,
		sdk.WithChunks(1500), sdk.WithMaxTokens(300))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(people.Names)
}

package schema_test

import (
	"fmt"

	"github.com/qwenkit/qwenkit/schema"
)

func ExampleFor() {
	type Forecast struct {
		City string `json:"city" jsonschema:"description=City name"`
		Days int    `json:"days,omitempty" jsonschema:"minimum=1,maximum=7"`
	}
	raw, err := schema.For[Forecast]()
	if err != nil {
		panic(err)
	}
	fmt.Println(string(raw))
	// Output:
	// {"type":"object","properties":{"city":{"type":"string","description":"City name"},"days":{"type":"integer","minimum":1,"maximum":7}},"required":["city"],"additionalProperties":false}
}

func ExampleDecode() {
	type Person struct {
		Name string `json:"name"`
		Age  int    `json:"age" jsonschema:"minimum=0"`
	}
	_, err := schema.Decode[Person]([]byte(`{"name": "Ada", "age": -1}`), nil)
	fmt.Println(err)
	p, _ := schema.Decode[Person]([]byte(`{"name": "Ada", "age": 36}`), nil)
	fmt.Println(p.Name, p.Age)
	// Output:
	// /age: must be >= 0 but found -1
	// Ada 36
}

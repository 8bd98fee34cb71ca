package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/tools"
)

func ExampleNew() {
	type Args struct {
		City string `json:"city" jsonschema:"description=City name"`
	}
	type Weather struct {
		TempC float64 `json:"temp_c"`
	}
	weather, err := tools.New("get_weather", "Current temperature of a city.",
		func(ctx context.Context, a Args) (Weather, error) {
			if a.City == "Atlantis" {
				return Weather{}, errors.New("unknown city")
			}
			return Weather{TempC: 21.5}, nil
		})
	if err != nil {
		panic(err)
	}
	set, _ := tools.NewSet(weather)
	for _, args := range []string{`{"city": "Paris"}`, `{"city": "Atlantis"}`, `{"town": "Paris"}`} {
		r := set.Call(context.Background(), chat.ToolCall{Name: "get_weather", Arguments: json.RawMessage(args)})
		fmt.Println(r.Content)
	}
	fmt.Println(string(set.Specs()[0].JSON()))
	// Output:
	// {"temp_c":21.5}
	// {"error":"unknown city"}
	// {"error":"invalid arguments for tool get_weather: (root): missing properties: 'city'; (root): additionalProperties 'town' not allowed"}
	// {"type": "function", "function": {"name": "get_weather", "description": "Current temperature of a city.", "parameters": {"type":"object","properties":{"city":{"type":"string","description":"City name"}},"required":["city"],"additionalProperties":false}}}
}

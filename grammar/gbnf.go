package grammar

type gbnfGrammar struct{}

type gbnfPos struct{}

func (sp *stepper) stepGBNF(t thread, sym int, out []thread) []thread { return out }

func (sp *stepper) gbnfChildDone(p thread, c frame) (thread, bool) { return thread{}, false }

func (sp *stepper) gbnfCanEnd(t thread) bool { return false }

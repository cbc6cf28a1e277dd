package chaos

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
)

// Table markers in RELIABILITY.md: UpdateFile replaces what lies between.
const (
	BeginMarker = "<!-- chaos table: begin (make test-chaos regenerates it) -->"
	EndMarker   = "<!-- chaos table: end -->"
)

// Table renders results as a Markdown table: scenario, what was injected,
// tasks submitted/completed/refunded, extra latency against the baseline,
// each invariant, the peak RSS per role and the scenario's duration.
func Table(results []*Result) string {
	var base time.Duration
	for _, r := range results {
		if r.Name == Baseline.Name {
			base = r.Latency
		}
	}
	var b strings.Builder
	b.WriteString("| scenario | injected | ran | tasks submitted / completed / refunded | extra latency | ")
	b.WriteString(strings.Join(Invariants, " | "))
	b.WriteString(" | peak RSS node / prover / chain | duration |\n|---|---|---|---|---|")
	b.WriteString(strings.Repeat("---|", len(Invariants)+2))
	b.WriteString("\n")
	for _, r := range results {
		extra := "—"
		switch {
		case r.Name == Baseline.Name:
			extra = fmt.Sprintf("(%s)", r.Latency.Round(100*time.Millisecond))
		case r.Completed > 0 && base > 0:
			extra = fmt.Sprintf("%+.1fs", (r.Latency - base).Seconds())
		}
		ran := "yes"
		switch {
		case r.Skipped != "":
			fmt.Fprintf(&b, "| %s | %s | skipped: %s |%s\n", r.Name, r.Injected, r.Skipped, strings.Repeat(" |", len(Invariants)+4))
			continue
		case r.Err != nil:
			ran = "**no**"
		}
		if r.FirstRun != "" {
			ran += " (second run; the first: " + r.FirstRun + ")"
		}
		if r.Known != "" {
			ran += " (open: " + r.Known + ")"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %d / %d / %d | %s |", r.Name, r.Injected, ran, r.Submitted, r.Completed, r.Refunded, extra)
		for _, name := range Invariants {
			fmt.Fprintf(&b, " %s |", held(r, name))
		}
		fmt.Fprintf(&b, " %s | %s |\n", rssByRole(r), r.Duration.Round(time.Second))
	}
	return b.String()
}

func held(r *Result, name string) string {
	for _, c := range r.Checks {
		if c.Name == name {
			if c.Held {
				return "yes"
			}
			return "**no**"
		}
	}
	if r.Err != nil {
		return "not run"
	}
	return "—"
}

// rssByRole is the highest peak of each role in MiB.
func rssByRole(r *Result) string {
	top := map[string]uint64{}
	for name, v := range r.PeakRSS {
		role := strings.TrimRight(name, "0123456789")
		top[role] = max(top[role], v)
	}
	var out []string
	for _, role := range []string{"node", "prover", "chain"} {
		out = append(out, fmt.Sprintf("%d", top[role]>>20))
	}
	return strings.Join(out, " / ") + " MiB"
}

// UpdateFile writes table between the chaos table's markers of the file at
// path, appending the markers when the file has none.
func UpdateFile(path, table string) error {
	return UpdateBetween(path, BeginMarker, EndMarker, table)
}

// UpdateBetween writes table between the markers begin and end of the file
// at path, appending the markers when the file has none.
func UpdateBetween(path, begin, end, table string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	block := begin + "\n" + table + end
	i, j := bytes.Index(b, []byte(begin)), bytes.Index(b, []byte(end))
	var out []byte
	switch {
	case i >= 0 && j > i:
		out = slices.Concat(b[:i], []byte(block), b[j+len(end):])
	case i < 0 && j < 0:
		out = slices.Concat(bytes.TrimRight(b, "\n"), []byte("\n\n"+block+"\n"))
	default:
		return fmt.Errorf("%s: one table marker without the other (%s)", path, begin)
	}
	return os.WriteFile(path, out, 0o644)
}

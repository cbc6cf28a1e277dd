package pricing

import (
	"math/big"
	"slices"
	"time"
)

// ReplayTasks is how many of the latest fulfilled tasks Replay takes: with
// the book's smoothing, older awards weigh nothing that shows.
const ReplayTasks = 64

// Award is what one segment was awarded for.
type Award struct {
	Price       *big.Int
	Constraints uint64
}

// Fulfilled is a fulfilled task's awards and when it was fulfilled.
type Fulfilled struct {
	At     time.Time
	Awards []Award
}

// ObserveTask records every award of a fulfilled task.
func (b *Book) ObserveTask(awards []Award) {
	for _, a := range awards {
		b.Observe(a.Price, a.Constraints)
	}
}

// Replay rebuilds the clearing price from the awards of the latest
// ReplayTasks fulfilled tasks, in the order they were fulfilled, so that a
// restarted node quotes as it did before instead of from the floor.
func (b *Book) Replay(tasks []Fulfilled) {
	tasks = slices.Clone(tasks)
	slices.SortFunc(tasks, func(x, y Fulfilled) int { return x.At.Compare(y.At) })
	if len(tasks) > ReplayTasks {
		tasks = tasks[len(tasks)-ReplayTasks:]
	}
	for _, t := range tasks {
		b.ObserveTask(t.Awards)
	}
}

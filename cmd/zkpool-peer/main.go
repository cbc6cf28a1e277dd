// Command zkpool-peer is the home prover: join a network and prove
// segments for pay (join), show what it has done (status), and withdraw its
// earnings (withdraw). Keys are made on the first run.
//
// Exit status: 0 on success, 1 when the job fails, 2 on bad usage or input.
package main

import (
	"os"

	"github.com/consensys/gnark/logger"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

var app = &cli.App{Name: "zkpool-peer"}

// The command list is set in init: its Run functions refer to app.
func init() {
	app.Commands = []cli.Command{
		{Name: "join", Summary: "join a network and prove segments for pay", Run: runJoin},
		{Name: "status", Summary: "show the prover's work and earnings", Run: runStatus},
		{Name: "withdraw", Summary: "send the earnings to the payout address", Run: runWithdraw},
	}
}

func main() {
	logger.Disable() // gnark's own progress logs; the commands draw their own
	os.Exit(app.Run(os.Args[1:], os.Stdout, os.Stderr))
}

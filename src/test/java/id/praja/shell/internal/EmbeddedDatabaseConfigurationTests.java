package id.praja.shell.internal;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationTests {

	@TempDir
	Path dataDir;

	@Test
	void aCommandFindsTheRunningServersDatabaseByThePortInPostmasterPid() throws Exception {
		try (ServerSocket listening = new ServerSocket(0)) {
			// the layout PostgreSQL writes: pid, data directory, start time, port, socket
			// dir…
			Files.writeString(this.dataDir.resolve("postmaster.pid"), "4242\n" + this.dataDir + "\n1764400000\n"
					+ listening.getLocalPort() + "\n/tmp\nlocalhost\n  5432001    32768\nready   \n");
			assertThat(EmbeddedDatabaseConfiguration.runningPort(this.dataDir)).isEqualTo(listening.getLocalPort());
		}
	}

	@Test
	void noPortWhenNothingListensOrThereIsNoPidFile() throws Exception {
		assertThat(EmbeddedDatabaseConfiguration.runningPort(this.dataDir)).isNull();
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		Files.writeString(this.dataDir.resolve("postmaster.pid"),
				"4242\n" + this.dataDir + "\n1764400000\n" + closed + "\n/tmp\nlocalhost\n");
		assertThat(EmbeddedDatabaseConfiguration.runningPort(this.dataDir)).isNull();
		Files.writeString(this.dataDir.resolve("postmaster.pid"), "garbage\n");
		assertThat(EmbeddedDatabaseConfiguration.runningPort(this.dataDir)).isNull();
	}

}

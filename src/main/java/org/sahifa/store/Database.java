package org.sahifa.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The library database {@code <data>/library.db}: SQLite in WAL mode with foreign keys on and a busy timeout.
 * <p>
 * One process at a time: opening takes an exclusive lock on {@code <data>/.lock} and fails with
 * {@link LibraryLockedException} when another process holds it. Writes go through {@link #transaction} on a single
 * write connection (one writer at a time, as SQLite wants); reads through {@link #read} use pooled read
 * connections, which in WAL mode see the last committed state and never block the writer. A thread that is inside
 * a transaction reads through the transaction's connection, so it sees its own uncommitted rows.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "library.db";
    static final String LOCK_FILE = ".lock";
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int MAX_IDLE_READERS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path dataDir;
    private final String jdbcUrl;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    private Database(Path dataDir, FileChannel lockChannel, FileLock lock) throws SQLException {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.jdbcUrl = "jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath();
        this.writer = connect(false);
        Migrations.migrate(writer);
    }

    /** Opens (creating if needed) the library database in {@code dataDir} and brings its schema up to date. */
    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the library folder " + dir + ": " + e.getMessage(), e);
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                throw new LibraryLockedException(dir);
            }
            return new Database(dir, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot lock the library folder " + dir + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            throw new StoreException("Cannot open the library " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Runs {@code work} in one transaction on the write connection: committed when it returns, rolled back when it
     * throws. Nested calls on the same thread join the outer transaction.
     */
    public <T> T transaction(SqlWork<T> work) {
        checkOpen();
        writeLock.lock();
        try {
            if (writeLock.getHoldCount() > 1) {
                return work.run(writer);
            }
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** True when the current thread is inside {@link #transaction}. */
    public boolean inTransaction() {
        return writeLock.isHeldByCurrentThread();
    }

    /** Runs a read on a pooled read connection (or on the transaction's connection inside a transaction). */
    public <T> T read(SqlWork<T> work) {
        checkOpen();
        if (writeLock.isHeldByCurrentThread()) {
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            }
        }
        Connection c = idleReaders.pollFirst();
        try {
            if (c == null) {
                c = connect(true);
            }
            T result = work.run(c);
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            if (!closed && idleReaders.size() < MAX_IDLE_READERS) {
                idleReaders.addFirst(c);
                c = null;
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            closeQuietly(c);
        }
    }

    private Connection connect(boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_000); // KiB: 32 MB page cache per connection
        if (readOnly) {
            config.setReadOnly(true);
        }
        return DriverManager.getConnection(jdbcUrl, config.toProperties());
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The library " + dataDir + " is closed");
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed", e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        writeLock.lock();
        try {
            closed = true;
            Connection c;
            while ((c = idleReaders.pollFirst()) != null) {
                closeQuietly(c);
            }
            try (var s = writer.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException e) {
                LOG.debug("PRAGMA optimize failed", e);
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
            releaseQuietly(lock);
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("Close failed", e);
        }
    }

    private static void releaseQuietly(FileLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("Lock release failed", e);
        }
    }
}

package org.sahifa.library;

import org.sahifa.store.ArticleHook;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * A hook registered when the library opens for a feature that loads on first use: every call is passed to the
 * feature's real hook, which {@code target} creates (loading the feature) on the first call. All of
 * {@link ArticleHook}'s methods are passed on, including ones added later, so the deferred hook never silently
 * drops a call the real one would handle.
 */
final class DeferredHook implements InvocationHandler {

    private final Supplier<ArticleHook> target;
    private volatile ArticleHook hook;

    private DeferredHook(Supplier<ArticleHook> target) {
        this.target = target;
    }

    /** A hook that obtains its target from {@code target} (memoised, thread-safe) at the first call. */
    static ArticleHook of(Supplier<ArticleHook> target) {
        return (ArticleHook) Proxy.newProxyInstance(ArticleHook.class.getClassLoader(),
                new Class<?>[] {ArticleHook.class}, new DeferredHook(target));
    }

    private ArticleHook hook() {
        ArticleHook h = hook;
        if (h == null) {
            synchronized (this) {
                h = hook;
                if (h == null) {
                    h = target.get();
                    hook = h;
                }
            }
        }
        return h;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "DeferredHook[" + (hook == null ? "not loaded" : hook.getClass().getName()) + "]";
            };
        }
        try {
            return method.invoke(hook(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

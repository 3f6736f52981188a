package org.swbulletin.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.WrappingTemplateModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, except that a record (the page models are made of them: cards, links, views)
 * is a hash of its components, read through method handles looked up once per record class.
 *
 * <p>The default wrapper treats a record as a Java bean: each access goes through bean introspection, a model cache and
 * a reflective call with its access check, which was about a third of template rendering at archive scale. What a
 * template sees is the same: {@code card.title}, {@code link.count}, a missing component is undefined; a record offers
 * no methods to templates, which call none.
 */
final class RecordObjectWrapper extends DefaultObjectWrapper {
    private final ClassValue<Components> components = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            return new Components(type);
        }
    };

    RecordObjectWrapper() {
        super(Configuration.VERSION_2_3_33);
        setExposeFields(false);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record r) {
            return new RecordModel(r, components.get(r.getClass()), this);
        }
        return super.handleUnknownType(obj);
    }

    /** The component accessors of one record class, by name. */
    private static final class Components {
        private final Map<String, MethodHandle> byName = new HashMap<>();

        Components(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    byName.put(c.getName(), lookup.unreflect(c.getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("record " + type.getName() + " is not public", e);
                }
            }
        }

        MethodHandle get(String name) {
            return byName.get(name);
        }
    }

    /** A record seen by a template: a read-only hash of its components. */
    private static final class RecordModel extends WrappingTemplateModel implements TemplateHashModel {
        private final Record record;
        private final Components components;

        RecordModel(Record record, Components components, RecordObjectWrapper wrapper) {
            super(wrapper);
            this.record = record;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = components.get(key);
            if (accessor == null) {
                return null;
            }
            Object value;
            try {
                value = accessor.invoke(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
            return wrap(value);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
